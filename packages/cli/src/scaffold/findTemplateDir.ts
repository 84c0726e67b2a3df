import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { InputError } from "@npskit/core";

/** A file every copy of the template has: a folder without it is not the template. */
const MARKER = "package.json.tmpl";

/**
 * The folder of the plugin template, found relative to this module: `templates/plugin/` inside the CLI
 * package (copied there by the CLI's build, and what the published package ships), or the monorepo's own
 * `templates/plugin/` two levels above the package. Run from source (vitest, tsx), the monorepo's folder comes
 * first, so that an edited template is used without a rebuild; run built, the package's own copy comes first.
 * Throws an {@link InputError} when neither exists (a broken installation).
 *
 * @example
 * findTemplateDir() // "/usr/lib/node_modules/@npskit/cli/templates/plugin"
 */
export function findTemplateDir(moduleUrl: string | URL = import.meta.url): string {
  // This module is src/commands/plugin/*.ts or dist/commands/plugin/*.js: three levels below the package root.
  const packageRoot = new URL("../../../", moduleUrl);
  const shipped = fileURLToPath(new URL("templates/plugin/", packageRoot));
  const repository = fileURLToPath(new URL("../../templates/plugin/", packageRoot));
  const fromSource = fileURLToPath(moduleUrl).endsWith(".ts");
  const candidates = fromSource ? [repository, shipped] : [shipped, repository];
  const found = candidates.find((dir) => existsSync(join(dir, MARKER)));
  if (found === undefined) {
    throw new InputError(
      `the plugin template is missing from this installation of @npskit/cli: reinstall it`,
      {
        location: { file: shipped },
      },
    );
  }
  return found;
}
