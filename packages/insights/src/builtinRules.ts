import { closestMatch, InvalidArgumentError, type RulePlugin } from "@npskit/core";
import { benchmark } from "./rules/benchmark.js";
import { closeTheLoop } from "./rules/closeTheLoop.js";
import { detractorThemes } from "./rules/detractorThemes.js";
import { goalTracking } from "./rules/goalTracking.js";
import { keyDrivers } from "./rules/keyDrivers.js";
import { laggingSegments } from "./rules/laggingSegments.js";
import { passives } from "./rules/passives.js";
import { significantChange } from "./rules/significantChange.js";
import { thinEvidence } from "./rules/thinEvidence.js";

/** Options of {@link builtinRules}. */
export interface BuiltinRulesOptions {
  /** Names of built-in rules to leave out, e.g. "npskit:benchmark" (config `insights.disable`). @default [] */
  readonly disable?: readonly string[];
}

/**
 * The built-in recommendation rules, in a fixed order (the order of issue 6): thin evidence, significant
 * change, lagging segments, detractor themes, key drivers, passives, close the loop, goal tracking,
 * benchmark. The order only decides ties of priority. An unknown name in `disable` throws
 * {@link InvalidArgumentError} with a "did you mean", so a typo does not leave a rule silently on.
 *
 * @example
 * builtinRules({ disable: ["npskit:benchmark"] }).map((rule) => rule.name)
 * // ["npskit:thin-evidence", "npskit:significant-change", …, "npskit:goal-tracking"]
 */
export function builtinRules(options: BuiltinRulesOptions = {}): RulePlugin[] {
  const all: RulePlugin[] = [
    thinEvidence(),
    significantChange(),
    laggingSegments(),
    detractorThemes(),
    keyDrivers(),
    passives(),
    closeTheLoop(),
    goalTracking(),
    benchmark(),
  ];
  const names = all.map((rule) => rule.name);
  const disable = options.disable ?? [];
  for (const name of disable) {
    if (!names.includes(name)) {
      const guess = closestMatch(name, names);
      throw new InvalidArgumentError(
        `insights.disable names an unknown rule ${JSON.stringify(name)}${guess === undefined ? "" : ` (did you mean "${guess}"?)`}; built-in rules: ${names.join(", ")}`,
      );
    }
  }
  return all.filter((rule) => !disable.includes(rule.name));
}
