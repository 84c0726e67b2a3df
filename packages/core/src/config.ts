import type { AnalysisConfig, ConfigData, ServeEndpoints } from "./configData.js";
import type { RoundingMode } from "./displayNps.js";
import type { IntervalMethod } from "./npsInterval.js";
import type { PeriodGrain } from "./period.js";
import type { OutputPlugin, SourcePlugin } from "./plugin.js";
import type { RulePlugin } from "./rule.js";

/**
 * The configuration a user writes (`npskit.config.ts`): every field optional, each documented with its
 * `@default`. Plain-data fields are defined by `schema/config.schema.json` (generated into `ConfigData`);
 * sources and outputs are plugin objects.
 */
export interface UserConfig extends Omit<ConfigData, "sources" | "outputs" | "rules"> {
  /** Where responses come from, read in this order. @default [] */
  sources?: SourcePlugin[];
  /** What is written from the report, in this order. @default [] */
  outputs?: OutputPlugin[];
  /** Extra recommendation rules, run after the built-in ones. @default [] */
  rules?: RulePlugin[];
}

/** The analysis settings with every default applied. */
export interface ResolvedAnalysis {
  /** Canonical IANA time zone name. */
  readonly timeZone: string;
  readonly period: PeriodGrain;
  readonly segments: readonly string[];
  readonly target: number | null;
  readonly interval: { readonly method: IntervalMethod; readonly level: number };
  readonly rounding: { readonly decimals: number; readonly mode: RoundingMode };
}

/** The insights settings with every default applied; paths as written (relative to the config file). */
export interface ResolvedInsights {
  readonly disable: readonly string[];
  readonly targetDate: string | null;
  readonly benchmark: string | null;
  readonly themes: string | null;
  readonly followUp: { readonly names: boolean; readonly list: boolean };
}

/**
 * The configuration npskit runs with: complete, validated, deeply read-only. Only `resolveConfig` makes one,
 * so code that holds a `ResolvedConfig` never needs to check for missing fields.
 */
export interface ResolvedConfig {
  readonly sources: readonly SourcePlugin[];
  readonly outputs: readonly OutputPlugin[];
  readonly rules: readonly RulePlugin[];
  readonly analysis: ResolvedAnalysis;
  readonly insights: ResolvedInsights;
  readonly locale: NonNullable<ConfigData["locale"]>;
  /** Brand file path as written in the config (relative to the config file), or null for the default brand. */
  readonly brand: string | null;
  /** Template folder as written in the config (relative to the config file), or null for the default. */
  readonly template: string | null;
  readonly outDir: string;
  readonly serve: ResolvedServe;
}

/** The webhook receiver settings (`npskit serve`) with every default applied. */
export interface ResolvedServe {
  readonly host: string;
  readonly port: number;
  /** Store path as written in the config (relative to the config file). */
  readonly store: string;
  readonly bodyLimitBytes: number;
  readonly rateLimit: { readonly perSecond: number; readonly burst: number };
  /** The endpoints as written; each one left out is not served. */
  readonly endpoints: Readonly<ServeEndpoints>;
}

/** Keys of the analysis settings; the type tests check that both config types list the same ones. */
export type AnalysisKey = keyof AnalysisConfig;
