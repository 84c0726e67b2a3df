import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { InputError } from "@npskit/core";

/** A file every template folder has (its notes for npskit's developers): a folder without it is not one. */
const MARKER = "TEMPLATE.md";

/**
 * The folder of a template (`plugin`, `project`), found relative to this module: `templates/<name>/` inside the CLI
 * package (copied there by the CLI's build, and what the published package ships), or the monorepo's own
 * `templates/plugin/` two levels above the package. Run from source (vitest, tsx), the monorepo's folder comes
 * first, so that an edited template is used without a rebuild; run built, the package's own copy comes first.
 * Throws an {@link InputError} when neither exists (a broken installation).
 *
 * @example
 * findTemplateDir() // "/usr/lib/node_modules/@npskit/cli/templates/plugin"
 */
export function findTemplateDir(name: string, moduleUrl: string | URL = import.meta.url): string {
  // This module is src/scaffold/*.ts or dist/scaffold/*.js: two levels below the package root.
  const packageRoot = new URL("../../", moduleUrl);
  const shipped = fileURLToPath(new URL(`templates/${name}/`, packageRoot));
  const repository = fileURLToPath(new URL(`../../templates/${name}/`, packageRoot));
  const fromSource = fileURLToPath(moduleUrl).endsWith(".ts");
  const candidates = fromSource ? [repository, shipped] : [shipped, repository];
  const found = candidates.find((dir) => existsSync(join(dir, MARKER)));
  if (found === undefined) {
    throw new InputError(
      `the ${name} template is missing from this installation of @npskit/cli: reinstall it`,
      {
        location: { file: shipped },
      },
    );
  }
  return found;
}
