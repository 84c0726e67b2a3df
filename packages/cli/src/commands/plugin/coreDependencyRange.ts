import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/**
 * The `@npskit/core` version range a new plugin depends on: the one this CLI itself depends on, read from its
 * package.json at run time, so that a plugin made by CLI 0.4 asks for the core CLI 0.4 works with. In the
 * monorepo that range is `workspace:^`, which is turned into a real range the way `pnpm pack` does.
 *
 * @example
 * coreDependencyRange() // "^0.1.0"
 */
export function coreDependencyRange(): string {
  // src/commands/plugin/ or dist/commands/plugin/: the package root is three levels up either way.
  const cli = require("../../../package.json") as { dependencies?: Record<string, string> };
  return resolveWorkspaceRange(
    cli.dependencies?.["@npskit/core"],
    () => (require("@npskit/core/package.json") as { version: string }).version,
  );
}

/**
 * A dependency range as it will be published: `workspace:^` → `^1.2.3`, `workspace:~` → `~1.2.3`,
 * `workspace:*` → `1.2.3`, `workspace:<range>` → `<range>`, any other range unchanged; no range at all →
 * `^<version>`. `version` is only called when needed.
 *
 * @example
 * resolveWorkspaceRange("workspace:^", () => "0.1.0") // "^0.1.0"
 * resolveWorkspaceRange("^0.3.0", () => "0.1.0")      // "^0.3.0"
 */
export function resolveWorkspaceRange(declared: string | undefined, version: () => string): string {
  if (declared === undefined) return `^${version()}`;
  if (!declared.startsWith("workspace:")) return declared;
  const range = declared.slice("workspace:".length);
  if (range === "^" || range === "~") return `${range}${version()}`;
  if (range === "*") return version();
  return range;
}
