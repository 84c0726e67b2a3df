import { basename, resolve } from "node:path";
import { ConfigError, type ResolvedConfig, resolveConfig, UsageError, type UserConfig } from "@npskit/core";
import { type ConfigFile, configFileFor } from "../../config/configFile.js";
import { formatOfFile, type InputFormat, sourceForFile } from "../../ingest/sourceForFile.js";

/** The settings a report build may take from the command line; each overrides the config's. */
export interface ReportOverrides {
  /** Config file; absent: `npskit.config.*` in `cwd` when there is one; `false`: none. */
  readonly config?: string | false;
  /** Folder to look for the config in and to resolve relative paths of these options from. @default process.cwd() */
  readonly cwd?: string;
  /** Data files; they replace the config's sources. */
  readonly input?: readonly string[];
  /** Format of the `input` files. @default from each file */
  readonly inputFormat?: InputFormat;
  /** Rating columns of CSV `input` files that become drivers. */
  readonly drivers?: readonly string[];
  readonly timeZone?: string;
  readonly segments?: readonly string[];
  readonly locale?: "en" | "ru";
  readonly brand?: string;
  readonly template?: string;
  readonly outDir?: string;
}

/** A resolved configuration with its paths made absolute. */
export interface ReportSettings {
  readonly configFile: ConfigFile | undefined;
  readonly config: ResolvedConfig;
  /** Folder the sources read relative paths from: the config file's, else `cwd`. */
  readonly baseDir: string;
  /** The locale the user asked for (flag or config), or undefined to take the brand's. */
  readonly locale: "en" | "ru" | undefined;
  readonly brandFile: string | undefined;
  readonly templateDir: string | undefined;
  readonly outDir: string;
  /** The insights' benchmark file and theme lexicon file, absolute, when the config names them. */
  readonly benchmarkFile: string | undefined;
  readonly themesFile: string | undefined;
}

/**
 * Loads the config (when there is one), applies the command-line overrides, validates the result with
 * `resolveConfig`, and makes every path absolute: paths in the config file are relative to its folder,
 * paths on the command line to `cwd`.
 *
 * @throws {UsageError} with neither a config nor `input`; {@link ConfigError} for a config that is invalid or
 * has no sources.
 */
export async function reportSettings(options: ReportOverrides): Promise<ReportSettings> {
  const cwd = options.cwd ?? process.cwd();
  const configFile = await configFileFor(cwd, options.config);
  if (configFile === undefined && (options.input ?? []).length === 0) {
    throw new UsageError(
      "no npskit.config.ts here and no --input: give --input FILE, --config FILE, or run `npskit init`",
    );
  }
  if (options.drivers !== undefined && (options.input ?? []).length === 0) {
    throw new UsageError(
      "--drivers applies to --input CSV files; in a config, list the columns in the csv source's drivers option",
    );
  }
  const user: UserConfig =
    configFile === undefined ? {} : typeof configFile.config === "object" ? configFile.config : {};
  const merged: UserConfig = {
    ...user,
    ...(options.input !== undefined &&
      options.input.length > 0 && {
        sources: await Promise.all(
          options.input.map(async (file, _, files) => {
            const absolute = resolve(cwd, file);
            const source = await sourceForFile(
              absolute,
              options.inputFormat ?? (await formatOfFile(absolute)),
              options.drivers === undefined ? {} : { drivers: options.drivers },
            );
            // Sources are counted by name: several files each get their own line in the accounting.
            return files.length === 1 ? source : { ...source, name: `${source.name} ${basename(file)}` };
          }),
        ),
      }),
    analysis: {
      ...user.analysis,
      ...(options.timeZone !== undefined && { timeZone: options.timeZone }),
      ...(options.segments !== undefined && { segments: [...options.segments] }),
    },
    ...(options.locale !== undefined && { locale: options.locale }),
  };
  let config: ResolvedConfig;
  try {
    config = resolveConfig(merged);
  } catch (error) {
    // The issues name the key; the location names the file they are in.
    if (error instanceof ConfigError && configFile !== undefined && error.location === undefined) {
      throw new ConfigError(error.issues, { location: { file: configFile.path }, cause: error });
    }
    throw error;
  }
  if (config.sources.length === 0) {
    throw new ConfigError(
      [{ pointer: "/sources", message: "no sources: add one to the config, or give --input FILE" }],
      {
        ...(configFile !== undefined && { location: { file: configFile.path } }),
      },
    );
  }
  const fromCli = (value: string | undefined) => (value === undefined ? undefined : resolve(cwd, value));
  const fromConfig = (value: string | null) =>
    value === null ? undefined : resolve(configFile?.dir ?? cwd, value);
  return {
    configFile,
    config,
    baseDir: configFile?.dir ?? cwd,
    locale: options.locale ?? user.locale,
    brandFile: fromCli(options.brand) ?? fromConfig(config.brand),
    templateDir: fromCli(options.template) ?? fromConfig(config.template),
    outDir: fromCli(options.outDir) ?? fromConfig(config.outDir)!,
    benchmarkFile: fromConfig(config.insights.benchmark),
    themesFile: fromConfig(config.insights.themes),
  };
}
