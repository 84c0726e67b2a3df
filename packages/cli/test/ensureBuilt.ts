import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

/** The workspace packages the CLI tarball needs, as folders under the repository root, dependencies first. */
export const CLI_PACKAGES = [
  "packages/core",
  "plugins/source-csv",
  "plugins/source-ndjson",
  "plugins/source-surveymonkey",
  "packages/render",
  "packages/insights",
  "packages/notebook",
  "packages/output-files",
  "plugins/output-html",
  "plugins/output-json",
  "plugins/output-markdown",
  "plugins/output-pdf",
  "packages/cli",
] as const;

/** A workspace package the CLI needs. */
export type CliPackage = (typeof CLI_PACKAGES)[number];

/** Root of a workspace package, from this file: `packages/cli/test/` → the repository root → `path`. */
export function packageDir(path: CliPackage): string {
  return fileURLToPath(new URL(`../../../${path}/`, import.meta.url));
}

/**
 * Builds the CLI and the workspace packages it depends on when their `dist` is missing, so the bin and packaging tests can run
 * on a fresh checkout. Under `turbo test` this never builds: the test task depends on `build` and `^build`.
 * A dist that exists but is stale is not rebuilt — run `pnpm build` (or `turbo test`) after changing src.
 */
export async function ensureBuilt(): Promise<void> {
  for (const path of CLI_PACKAGES) {
    const dir = packageDir(path);
    if (!existsSync(`${dir}dist/index.js`)) await run("pnpm", ["build"], { cwd: dir });
  }
}
