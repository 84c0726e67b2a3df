import { resolve } from "node:path";
import { UsageError } from "@npskit/core";
import { assertWritable } from "../../scaffold/assertWritable.js";
import { copyTemplate } from "../../scaffold/copyTemplate.js";
import { findTemplateDir } from "../../scaffold/findTemplateDir.js";
import { coreDependencyRange } from "./coreDependencyRange.js";
import { packageNameProblem } from "./packageNameProblem.js";
import { pluginNamesOf } from "./pluginNames.js";

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
  await assertWritable(directory, input.force === true, "choose another folder with --dir");

  const coreRange = coreDependencyRange();
  const files = await copyTemplate(findTemplateDir("plugin"), directory, { ...names, coreRange });
  return {
    packageName: names.packageName,
    pluginName: names.pluginName,
    directory,
    files,
    coreRange,
  };
}
