import type { NpsShares } from "./npsCounts.js";

/**
 * Variance of a single response on the −1..1 NPS scale (promoter +1, passive 0, detractor −1):
 * V = p + d − (p − d)², where p and d are the promoter and detractor shares. Between 0 and 1.
 *
 * The variance of the NPS estimate of n responses is V / n. Reference: Rocks, "Estimating the Net Promoter
 * Score's variance" (2016); Sauro & Lewis, "Quantifying the User Experience", 2nd ed., ch. 5.
 *
 * @example
 * npsVariance({ promoters: 0.5, passives: 0, detractors: 0.5 }) // 1 (the largest possible)
 * npsVariance({ promoters: 80 / 150, passives: 30 / 150, detractors: 40 / 150 }) // 0.72888…
 */
export function npsVariance(shares: NpsShares): number {
  const difference = shares.promoters - shares.detractors;
  // Clamp: floating error can make a true 0 come out as −1e-17.
  return Math.max(0, shares.promoters + shares.detractors - difference * difference);
}
