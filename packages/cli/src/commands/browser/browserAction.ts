import type { CommandContext, CommandOptions } from "../../commandContext.js";
import { runBrowser } from "./runBrowser.js";

/** `npskit browser [--install]`: prints the browser PDFs are printed with, installing one when asked. */
export async function browserAction(options: CommandOptions, context: CommandContext): Promise<void> {
  const result = await runBrowser({
    ...(options.browser !== undefined && { executablePath: String(options.browser) }),
    install: options.install === true,
    log: (text) => context.io.stderr.write(text),
  });
  if (options.json === true) {
    context.io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  const how = result.installed ? "installed now" : SOURCE_WORDS[result.source];
  context.io.stdout.write(`Browser: ${result.executablePath} (${how})\n`);
}

const SOURCE_WORDS = {
  option: "--browser",
  env: "PUPPETEER_EXECUTABLE_PATH",
  system: "system browser",
  "puppeteer-cache": "Puppeteer's cache",
} as const;
