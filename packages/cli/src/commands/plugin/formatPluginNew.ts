import { isAbsolute, relative } from "node:path";
import type { PluginNewResult } from "./runPluginNew.js";

/**
 * What `npskit plugin new` prints: the files created, then the commands to run next. The folder is shown
 * relative to `cwd` when it is inside it, so that the `cd` line can be pasted as it is.
 *
 * @example
 * formatPluginNew(result, "/home/me")
 * // "Created @acme/npskit-source-crm (plugin acme:crm) in npskit-source-crm:\n  .gitignore\n …\nNext steps:\n  cd npskit-source-crm\n  npm install\n  npm test\n …"
 */
export function formatPluginNew(result: PluginNewResult, cwd: string): string {
  const path = relative(cwd, result.directory);
  const shown = path === "" ? "." : path.startsWith("..") || isAbsolute(path) ? result.directory : path;
  const lines = [
    `Created ${result.packageName} (plugin ${result.pluginName}) in ${shown}:`,
    ...result.files.map((file) => `  ${file}`),
    "",
    "Next steps:",
    ...(path === "" ? [] : [`  cd ${quoted(shown)}`]),
    "  npm install",
    "  npm test",
    "",
    "Then make it read your export: src/toResponse.ts maps one record to a response. README.md says how to",
    "test it with the contract kit, publish it, and add it to npskit.config.ts.",
  ];
  return `${lines.join("\n")}\n`;
}

/** Quotes a path for a shell only when it needs it (spaces, quotes, `$`…). */
function quoted(path: string): string {
  return /^[\w@%+=:,./\\-]+$/.test(path) ? path : `"${path.replaceAll('"', '\\"')}"`;
}
