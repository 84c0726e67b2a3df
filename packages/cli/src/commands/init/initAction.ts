import type { CommandContext, CommandOptions } from "../../commandContext.js";
import { displayPath } from "../../displayPath.js";
import { runInit } from "./runInit.js";

/** `npskit init [dir]`: makes the project and says what to run next. */
export async function initAction(
  directory: string | undefined,
  options: CommandOptions,
  context: CommandContext,
): Promise<void> {
  const result = await runInit({
    ...(directory !== undefined && { directory }),
    ...(options.name !== undefined && { name: String(options.name) }),
    ...(options.locale !== undefined && { locale: options.locale as "en" | "ru" }),
    ...(options.timeZone !== undefined && { timeZone: String(options.timeZone) }),
    force: options.force === true,
  });
  const where = displayPath(result.directory);
  const lines = [
    `Created an npskit project in ${where}:`,
    ...result.files.map((file) => `  ${file}`),
    "",
    "Next:",
    ...(where === "." ? [] : [`  cd ${where}`]),
    `  npskit report      # the ${result.period} report: reports/nps-${result.period}.pdf and .html`,
    "  npskit validate    # check the data",
  ];
  context.io.stdout.write(`${lines.join("\n")}\n`);
}
