import { readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";

/** The ending that marks a template file (and keeps the monorepo's tools off it). */
export const TEMPLATE_SUFFIX = ".tmpl";

/**
 * The template files under `dir`: paths relative to it, with `/` separators, sorted. Only files ending in
 * {@link TEMPLATE_SUFFIX} belong to the template; anything else there (its own notes) is not copied.
 *
 * @example
 * await templateFiles("templates/plugin") // [".gitignore.tmpl", "README.md.tmpl", "package.json.tmpl", "src/index.ts.tmpl", …]
 */
export async function templateFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(TEMPLATE_SUFFIX))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .sort();
}
