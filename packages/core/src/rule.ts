/**
 * The recommendation rule contract. A rule reads a finished ReportModel — its figures and its `insights`
 * (comment themes, key drivers, follow-up, goal, benchmark, computed by @npskit/insights) — and proposes
 * recommendations, each backed by those figures. Rules are pure and deterministic: no network, no clock, no
 * randomness; the same model gives the same recommendations. Built-in rules use exactly this contract, so a
 * user's rule (in `npskit.config.ts`, `rules: [myRule()]`) is a peer of them.
 */
import type { Logger } from "./logger.js";
import type { ReportModel, ReportRecommendation } from "./reportModel.js";

/** What a rule proposes: a recommendation without the `rule` name, which the pipeline fills in. */
export type RecommendationDraft = Omit<ReportRecommendation, "rule">;

/** What a rule's `evaluate` receives besides the model. */
export interface RuleContext {
  /** Language of every string the rule returns: the model's locale. */
  readonly locale: ReportModel["locale"];
  readonly logger: Logger;
}

/**
 * A recommendation rule.
 *
 * @example
 * export const lowResponse = defineRule((options: { min: number }) => ({
 *   name: "acme:low-response",
 *   evaluate(model, ctx) {
 *     if (model.overall.answered >= options.min) return null;
 *     return [{ id: "low-response", area: "feedback", priority: 50, title: …, rationale: …, evidence: [], references: ["/overall/answered"], actions: [ … ] }];
 *   },
 * }));
 */
export interface RulePlugin {
  /** Namespaced name, e.g. "npskit:lagging-segments": shown with each recommendation it makes. */
  readonly name: string;
  /**
   * Runs once per report, after the analysis, in config order. Returns the recommendations the data
   * support, or `null` (or an empty list) when the rule has nothing to say — a rule must stay silent rather
   * than state something the figures do not show. `priority` (0–100) orders the final list across rules;
   * `references` are JSON pointers into `model`. Errors thrown here fail the build with the rule's name.
   */
  evaluate(model: ReportModel, ctx: RuleContext): readonly RecommendationDraft[] | null;
}

/** A function that makes a rule from its options: what a rule package exports. */
export type RuleFactory<Options = void> = (options: Options) => RulePlugin;
