import {
  assertReportModel,
  InvalidArgumentError,
  type Logger,
  PluginError,
  type RecommendationDraft,
  type ReportModel,
  type ReportRecommendation,
  type RulePlugin,
  silentLogger,
  validateReportModel,
} from "@npskit/core";

/** Options of {@link recommend}. */
export interface RecommendOptions {
  /** Run in this order (built-in ones first, see `builtinRules`, then the user's). */
  readonly rules: readonly RulePlugin[];
  /** Language of the recommendations. @default the model's locale */
  readonly locale?: ReportModel["locale"];
  /** @default silentLogger */
  readonly logger?: Logger;
}

/**
 * Runs the recommendation rules over a model (with its `insights`, see `analyseInsights`) and returns a new
 * model whose `recommendations` are the ones it already had plus every rule's, sorted by priority, highest
 * first (stable: equal priorities keep rule order). Each rule gets its own copy of the model, so one rule
 * cannot change what the next one sees, and each recommendation gets `rule` = the rule's name.
 *
 * Nothing is dropped silently: a rule that throws, returns something other than a list or `null`, or returns
 * a recommendation the report schema refuses (or with fewer than two or more than four actions) fails with {@link PluginError} naming the rule and `evaluate`;
 * two recommendations with one id fail with {@link InvalidArgumentError} naming both rules.
 *
 * @example
 * const final = recommend(withInsights, { rules: builtinRules({ disable: config.insights.disable }) });
 * final.recommendations[0] // { id: "significant-change", rule: "npskit:significant-change", priority: 77, … }
 */
export function recommend(model: ReportModel, options: RecommendOptions): ReportModel {
  const { rules, logger = silentLogger } = options;
  const locale = options.locale ?? model.locale;
  const made: ReportRecommendation[] = structuredClone(model.recommendations);
  const owner = new Map(made.map((item) => [item.id, "the model"]));
  for (const rule of rules) {
    let drafts: readonly RecommendationDraft[] | null;
    try {
      drafts = rule.evaluate(structuredClone(model), { locale, logger });
    } catch (error) {
      throw new PluginError(rule.name, "evaluate", error);
    }
    if (drafts === null || drafts === undefined) continue;
    if (!Array.isArray(drafts)) {
      throw new PluginError(
        rule.name,
        "evaluate",
        new TypeError("must return a list of recommendations or null"),
      );
    }
    const own: ReportRecommendation[] = drafts.map((draft) => ({
      ...structuredClone(draft),
      rule: rule.name,
    }));
    // Checked per rule, so that a malformed recommendation names the rule that made it.
    const check = validateReportModel({ ...model, recommendations: own });
    if (!check.valid) {
      const lines = check.issues.map((issue) => `${issue.pointer}: ${issue.message}`).join("; ");
      throw new PluginError(
        rule.name,
        "evaluate",
        new TypeError(`returned an invalid recommendation: ${lines}`),
      );
    }
    for (const item of own) {
      // The schema documents "two to four" actions without enforcing it; the rules' contract does.
      if (item.actions.length < 2 || item.actions.length > 4) {
        throw new PluginError(
          rule.name,
          "evaluate",
          new TypeError(
            `recommendation ${JSON.stringify(item.id)} has ${item.actions.length} actions; give two to four`,
          ),
        );
      }
      const first = owner.get(item.id);
      if (first !== undefined) {
        throw new InvalidArgumentError(
          `two recommendations have the id ${JSON.stringify(item.id)}: from ${first} and from rule "${rule.name}"`,
        );
      }
      owner.set(item.id, `rule "${rule.name}"`);
    }
    logger.debug(`rule ${rule.name}: ${own.length} recommendation(s)`);
    made.push(...own);
  }
  // Array.prototype.sort is stable (ES2019), so equal priorities keep their rule order.
  const recommendations = made.sort((a, b) => b.priority - a.priority);
  const result: ReportModel = { ...structuredClone(model), recommendations };
  assertReportModel(result);
  return result;
}
