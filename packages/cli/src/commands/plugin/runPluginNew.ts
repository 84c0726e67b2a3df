import { mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { UsageError } from "@npskit/core";
import { coreDependencyRange } from "./coreDependencyRange.js";
import { fillPlaceholders } from "./fillPlaceholders.js";
import { findTemplateDir } from "./findTemplateDir.js";
import { packageNameProblem } from "./packageNameProblem.js";
import { pluginNamesOf } from "./pluginNames.js";
import { TEMPLATE_SUFFIX, templateFiles } from "./templateFiles.js";

/** What `npskit plugin new` needs. */
export interface PluginNewInput {
  /** npm package name of the new plugin: `npskit-source-zendesk`, `@acme/npskit-source-crm`. */
  readonly name: string;
  /** Folder to create the package in, relative to `cwd`. @default the name without its scope */
  readonly directory?: string;
  /** Write into a folder that is not empty, replacing files of the same names (others are left alone). @default false */
  readonly force?: boolean;
  /** @default process.cwd() */
  readonly cwd?: string;
}

/** What `npskit plugin new` created. */
export interface PluginNewResult {
  readonly packageName: string;
  /** The plugin's namespaced name, as npskit shows it: `acme:crm`. */
  readonly pluginName: string;
  /** Absolute path of the new package's folder. */
  readonly directory: string;
  /** Files written, relative to `directory`, with `/` separators, sorted. */
  readonly files: readonly string[];
  /** The `@npskit/core` range the package depends on. */
  readonly coreRange: string;
}

/**
 * Creates a source-plugin package from the plugin template: checks the name against npm's rules, refuses a
 * folder that is not empty (unless `force`), then copies the template, filling in the names. The package
 * builds and passes its own tests as it is. Throws a {@link UsageError} for a bad name or a busy folder.
 *
 * @example
 * await runPluginNew({ name: "@acme/npskit-source-crm" })
 * // { packageName: "@acme/npskit-source-crm", pluginName: "acme:crm", directory: "/home/me/npskit-source-crm", files: [".gitignore", "README.md", …], coreRange: "^0.1.0" }
 */
export async function runPluginNew(input: PluginNewInput): Promise<PluginNewResult> {
  const problem = packageNameProblem(input.name);
  if (problem !== undefined) {
    throw new UsageError(
      `${JSON.stringify(input.name)} is not a valid npm package name: ${problem} (for example npskit-source-zendesk or @acme/npskit-source-crm)`,
    );
  }
  const names = pluginNamesOf(input.name);
  const directory = resolve(input.cwd ?? process.cwd(), input.directory ?? names.unscopedName);
  await assertWritable(directory, input.force === true);

  const coreRange = coreDependencyRange();
  const values: Record<string, string> = { ...names, coreRange };
  const templateDir = findTemplateDir();
  const files: string[] = [];
  for (const file of await templateFiles(templateDir)) {
    const target = fillPlaceholders(file.slice(0, -TEMPLATE_SUFFIX.length), values, file);
    const text = fillPlaceholders(await readFile(join(templateDir, file), "utf8"), values, file);
    await mkdir(dirname(join(directory, target)), { recursive: true });
    await writeFile(join(directory, target), text);
    files.push(target);
  }
  return {
    packageName: names.packageName,
    pluginName: names.pluginName,
    directory,
    files: files.sort(),
    coreRange,
  };
}

/** Refuses a path that is a file, or a folder with anything in it but `.git` (a fresh `git init` is fine). */
async function assertWritable(directory: string, force: boolean): Promise<void> {
  const found = await stat(directory).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return undefined;
    throw error;
  });
  if (found === undefined) return;
  if (!found.isDirectory()) throw new UsageError(`${directory} is a file: choose another folder with --dir`);
  const entries = (await readdir(directory)).filter((entry) => entry !== ".git");
  if (entries.length > 0 && !force) {
    throw new UsageError(
      `${directory} is not empty: choose another folder with --dir, or pass --force to write into it (files of the same names are replaced)`,
    );
  }
}
