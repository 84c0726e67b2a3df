import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fillPlaceholders } from "./fillPlaceholders.js";
import { TEMPLATE_SUFFIX, templateFiles } from "./templateFiles.js";

/**
 * Copies the template files of `templateDir` into `directory`, filling `{{placeholders}}` in names and
 * contents and dropping the `.tmpl` ending; returns the files written, relative to `directory`, sorted.
 *
 * @example
 * await copyTemplate(findTemplateDir("project"), "/home/me/nps", { locale: "en" }) // [".gitignore", "README.md", …]
 */
export async function copyTemplate(
  templateDir: string,
  directory: string,
  values: Readonly<Record<string, string>>,
): Promise<string[]> {
  const files: string[] = [];
  for (const file of await templateFiles(templateDir)) {
    const target = fillPlaceholders(file.slice(0, -TEMPLATE_SUFFIX.length), values, file);
    const text = fillPlaceholders(await readFile(join(templateDir, file), "utf8"), values, file);
    await mkdir(dirname(join(directory, target)), { recursive: true });
    await writeFile(join(directory, target), text);
    files.push(target);
  }
  return files.sort();
}
