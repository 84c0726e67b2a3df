import { answeredOf, countsOf, type NpsInput } from "./npsCounts.js";

/**
 * Net Promoter Score in points, exact (not rounded):
 * NPS = (promoters − detractors) / answered × 100, in −100..100.
 *
 * Returns `null` when nothing was answered: "no responses" is not a score of 0.
 * Computed as (P − D) × 100 / n so that a value whose exact rational is a half (14.5) is a half in
 * floating point too, and display rounding never tips the wrong way.
 *
 * Reference: Reichheld, "The One Number You Need to Grow", HBR 2003.
 *
 * @example
 * nps({ promoters: 80, passives: 30, detractors: 40 }) // 26.666666666666668
 * nps({ promoters: 0, passives: 0, detractors: 0 })    // null
 */
export function nps(input: NpsInput): number | null {
  const counts = countsOf(input);
  const n = answeredOf(counts);
  if (n === 0) return null;
  return ((counts.promoters - counts.detractors) * 100) / n;
}
