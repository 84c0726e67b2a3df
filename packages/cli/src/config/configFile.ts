import { access, readFile } from "node:fs/promises";
import { dirname, extname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { ConfigError, type UserConfig } from "@npskit/core";
import { registerNpskitImportFallback } from "./npskitImportFallback.js";

/** The names `npskit` looks for, in this order, in the working folder. */
export const CONFIG_FILE_NAMES = [
  "npskit.config.ts",
  "npskit.config.mts",
  "npskit.config.js",
  "npskit.config.mjs",
  "npskit.config.json",
] as const;

/** A loaded configuration file: the user's config as written, and where it came from. */
export interface ConfigFile {
  /** Absolute path of the file. */
  readonly path: string;
  /** Folder of the file: relative paths in the config are read from here. */
  readonly dir: string;
  readonly config: UserConfig;
}

/** The first of {@link CONFIG_FILE_NAMES} that exists in `dir`, as an absolute path, or undefined. */
export async function findConfigFile(dir: string): Promise<string | undefined> {
  for (const name of CONFIG_FILE_NAMES) {
    const path = resolve(dir, name);
    if (await exists(path)) return path;
  }
  return undefined;
}

/**
 * The config a command runs with: `config` names the file (relative to `cwd`), `false` means none
 * (`--no-config`), and absent means the first of {@link CONFIG_FILE_NAMES} in `cwd`, when there is one.
 *
 * @example
 * await configFileFor("/project")          // the loaded /project/npskit.config.ts, or undefined
 * await configFileFor("/project", false)   // undefined
 */
export async function configFileFor(cwd: string, config?: string | false): Promise<ConfigFile | undefined> {
  if (config === false) return undefined;
  const path = config === undefined ? await findConfigFile(cwd) : resolve(cwd, config);
  return path === undefined ? undefined : loadConfigFile(path);
}

/**
 * Loads `npskit.config.ts` / `.mts` / `.js` / `.mjs` (through tsx, so TypeScript needs no build step) or
 * `.json`, and returns its default export as written; `resolveConfig` validates it afterwards. Problems
 * loading the file (missing, a syntax error, a package it imports that is not installed, no default export)
 * are one-line {@link ConfigError}s naming the file.
 */
export async function loadConfigFile(file: string): Promise<ConfigFile> {
  const path = resolve(file);
  const fail = (message: string, cause?: unknown): never => {
    throw new ConfigError([{ pointer: "", message }], {
      location: { file },
      ...(cause !== undefined && { cause }),
    });
  };
  if (!(await exists(path))) fail(`no config file at ${path}`);
  const extension = extname(path).toLowerCase();
  let config: unknown;
  if (extension === ".json") {
    try {
      config = JSON.parse(await readFile(path, "utf8"));
    } catch (error) {
      fail(`not valid JSON: ${(error as Error).message}`, error);
    }
  } else if ([".ts", ".mts", ".js", ".mjs"].includes(extension)) {
    let module: { default?: unknown };
    try {
      // tsx compiles TypeScript on the fly; imported lazily so commands without a config never load it.
      const { tsImport } = await import("tsx/esm/api");
      registerNpskitImportFallback();
      module = (await tsImport(pathToFileURL(path).href, import.meta.url)) as { default?: unknown };
    } catch (error) {
      const missing = /Cannot find (?:module|package) '(@npskit\/[^'/]+)/.exec(firstLine(error))?.[1];
      // A CommonJS config (.ts without "type": "module") resolves with require, which the fallback to this
      // CLI's own packages cannot reach.
      const hint =
        missing === undefined
          ? ""
          : ` (install it in the project, or make the config an ES module: rename it npskit.config.mts, or add "type": "module" to package.json)`;
      fail(`cannot load it: ${firstLine(error)}${hint}`, error);
    }
    config = module!.default;
    // In a package without "type": "module" (or no package.json at all), tsx runs a .ts or .js config as
    // CommonJS, so its `export default` arrives wrapped: { __esModule: true, default: config }.
    if (isCommonJsWrapper(config)) config = config.default;
    if (config === undefined) fail("it has no default export (export default defineConfig({ … }))");
  } else {
    fail(`unknown config file type "${extension}"; use one of ${CONFIG_FILE_NAMES.join(", ")}`);
  }
  return { path, dir: dirname(path), config: config as UserConfig };
}

function isCommonJsWrapper(value: unknown): value is { default: unknown } {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as { __esModule?: unknown }).__esModule === true &&
    "default" in value
  );
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split("\n").find((line) => line.trim() !== "") ?? message).trim();
}
