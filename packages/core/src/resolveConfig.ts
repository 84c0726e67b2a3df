import type { ValidateFunction } from "ajv/dist/2020.js";
import type { ResolvedConfig, UserConfig } from "./config.js";
import type { ConfigData } from "./configData.js";
import { configSchema } from "./configSchema.js";
import { createAjv } from "./createAjv.js";
import { ConfigError, NpskitError, type ValidationIssue } from "./errors.js";
import { resolveTimeZone } from "./timeZone.js";
import { validationIssues } from "./validationIssues.js";

let compiled: ValidateFunction<ConfigData> | undefined;

/**
 * Validates a user's configuration and fills in every default, giving the {@link ResolvedConfig} the rest of
 * npskit runs with. Throws {@link ConfigError} (code `NPSKIT_E_CONFIG`) listing every problem, each naming the
 * key (`analysis.interval.level`), the value and what was expected; unknown keys get a "did you mean".
 *
 * @example
 * resolveConfig({ analysis: { timeZone: "Europe/Moscow" } }).analysis.interval // { method: "adjusted-wald", level: 0.95 }
 * resolveConfig({ analysis: { timezone: "UTC" } }) // throws: analysis.timezone: is not a known property (did you mean "timeZone"?)
 */
export function resolveConfig(config: UserConfig = {}): ResolvedConfig {
  if (typeof config !== "object" || config === null || Array.isArray(config)) {
    throw new ConfigError([
      { pointer: "", message: "the configuration must be an object (export default defineConfig({ … }))" },
    ]);
  }
  const { sources, outputs, rules, ...settings } = config as Record<string, unknown>;
  // Validate a copy of the plain data (defaults are filled into it); plugins are checked by shape below.
  const data: Record<string, unknown> = { ...plainCopy(settings) };
  // Copies of the lists, so that freezing the result leaves the user's own arrays alone.
  if (sources !== undefined) data.sources = Array.isArray(sources) ? [...sources] : sources;
  if (outputs !== undefined) data.outputs = Array.isArray(outputs) ? [...outputs] : outputs;
  if (rules !== undefined) data.rules = Array.isArray(rules) ? [...rules] : rules;
  compiled ??= createAjv({ useDefaults: true }).compile<ConfigData>(configSchema);
  const issues: ValidationIssue[] = compiled(data) ? [] : validationIssues(compiled.errors ?? []);
  if (issues.length === 0) issues.push(...pluginIssues(data));
  const resolved = data as unknown as ResolvedConfig;
  if (issues.length === 0) {
    try {
      (resolved.analysis as { timeZone: string }).timeZone = resolveTimeZone(resolved.analysis.timeZone);
    } catch (error) {
      if (!(error instanceof NpskitError)) throw error;
      issues.push({ pointer: "/analysis/timeZone", message: error.message });
    }
  }
  if (issues.length > 0) throw new ConfigError(issues.map(asKeyPath));
  return deepFreeze(resolved);
}

function pluginIssues(data: Record<string, unknown>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const check = (list: unknown, kind: "sources" | "outputs" | "rules") => {
    (Array.isArray(list) ? list : []).forEach((plugin: Record<string, unknown>, index) => {
      const ok =
        kind === "sources"
          ? typeof plugin.read === "function" || typeof plugin.aggregate === "function"
          : kind === "outputs"
            ? typeof plugin.write === "function"
            : typeof plugin.evaluate === "function";
      if (!ok) {
        const hooks =
          kind === "sources"
            ? "read() or aggregate() hook"
            : kind === "outputs"
              ? "write() hook"
              : "evaluate() hook";
        issues.push({
          pointer: `/${kind}/${index}`,
          message: `plugin "${String(plugin.name)}" has no ${hooks}; was a factory passed without calling it?`,
        });
      }
    });
  };
  check(data.sources, "sources");
  check(data.outputs, "outputs");
  check(data.rules, "rules");
  return issues;
}

/** A structured copy of plain data; functions or class instances where data belong are a config error. */
function plainCopy(settings: Record<string, unknown>): Record<string, unknown> {
  try {
    return structuredClone(settings);
  } catch {
    throw new ConfigError([
      { pointer: "", message: "settings other than sources and outputs must be plain data (no functions)" },
    ]);
  }
}

/** "/analysis/interval/level" → "analysis.interval.level"; "/sources/0" → "sources[0]". */
function asKeyPath(issue: ValidationIssue): ValidationIssue {
  const path = issue.pointer
    .split("/")
    .slice(1)
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce(
      (text, part) => (/^\d+$/.test(part) ? `${text}[${part}]` : text === "" ? part : `${text}.${part}`),
      "",
    );
  return { pointer: path, message: issue.message };
}

function deepFreeze<T>(value: T): T {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return value;
  // Plugins are the user's objects (they may keep state): freeze the lists that hold them, not the plugins.
  if (!Array.isArray(value) && typeof (value as { name?: unknown }).name === "string") return value;
  Object.freeze(value);
  for (const member of Object.values(value)) deepFreeze(member);
  return value;
}
