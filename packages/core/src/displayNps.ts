import { answeredOf, countsOf, type NpsInput } from "./npsCounts.js";
import { roundRatio } from "./roundHalfAwayFromZero.js";

/**
 * How a displayed NPS is rounded.
 * - `exact`: round the exact NPS, half away from zero (80/30/40 → 26.67 → 27). The default.
 * - `percentages-first`: round the promoter and detractor percentages first, then subtract
 *   (80/30/40 → 53 % − 27 % = 26). This is what SurveyMonkey's calculator shows; offered so that numbers
 *   match a report a team already has, and labelled as such in the methodology.
 */
export type RoundingMode = "exact" | "percentages-first";

/** Options of {@link displayNps}. */
export interface DisplayOptions {
  /** Decimal places shown. @default 0 */
  readonly decimals?: number;
  /** @default "exact" */
  readonly mode?: RoundingMode;
}

/**
 * The NPS as shown to people, rounded half away from zero in exact integer arithmetic;
 * `null` when nothing was answered.
 *
 * @example
 * const counts = { promoters: 80, passives: 30, detractors: 40 };
 * displayNps(counts)                                // 27
 * displayNps(counts, { decimals: 2 })               // 26.67
 * displayNps(counts, { mode: "percentages-first" }) // 26
 */
export function displayNps(input: NpsInput, options: DisplayOptions = {}): number | null {
  const { decimals = 0, mode = "exact" } = options;
  const counts = countsOf(input);
  const n = answeredOf(counts);
  if (n === 0) return null;
  if (mode === "percentages-first") {
    const promoters = roundRatio(counts.promoters * 100, n, decimals);
    const detractors = roundRatio(counts.detractors * 100, n, decimals);
    // Subtracting two numbers with `decimals` places can leave binary noise (0.1 − 0.3); re-round the text.
    return Number((promoters - detractors).toFixed(decimals));
  }
  return roundRatio((counts.promoters - counts.detractors) * 100, n, decimals);
}
