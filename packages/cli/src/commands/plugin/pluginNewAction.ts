import { UsageError } from "@npskit/core";
import type { CommandContext, CommandOptions } from "../../commandContext.js";
import { formatPluginNew } from "./formatPluginNew.js";
import { runPluginNew } from "./runPluginNew.js";

/**
 * `npskit plugin new NAME [--dir DIR] [--force]`: creates a source-plugin package and prints the files and
 * the next steps. `options.name` is the NAME argument (program.ts passes it in with the options).
 */
export async function pluginNewAction(options: CommandOptions, context: CommandContext): Promise<void> {
  if (typeof options.name !== "string") {
    throw new UsageError("give the new plugin's npm package name: npskit plugin new npskit-source-zendesk");
  }
  const result = await runPluginNew({
    name: options.name,
    ...(typeof options.dir === "string" && { directory: options.dir }),
    force: options.force === true,
  });
  context.io.stdout.write(formatPluginNew(result, process.cwd()));
}
