import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Root of a workspace package, from this file: `packages/cli/test/` → `packages/<name>/`. */
export function packageDir(name: "core" | "cli"): string {
  return fileURLToPath(new URL(`../../${name}/`, import.meta.url));
}

/**
 * Builds @npskit/core and @npskit/cli when their `dist` is missing, so the bin and packaging tests can run
 * on a fresh checkout. Under `turbo test` this never builds: the test task depends on `build` and `^build`.
 * A dist that exists but is stale is not rebuilt — run `pnpm build` (or `turbo test`) after changing src.
 */
export async function ensureBuilt(): Promise<void> {
  for (const [name, entry] of [
    ["core", "dist/index.js"],
    ["cli", "dist/main.js"],
  ] as const) {
    const dir = packageDir(name);
    if (!existsSync(`${dir}${entry}`)) await run("pnpm", ["build"], { cwd: dir });
  }
}
