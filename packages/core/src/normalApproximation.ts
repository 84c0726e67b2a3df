import { npsVariance } from "./npsVariance.js";

/** Centre and standard error of NPS on the −1..1 scale, from (possibly fractional, adjusted) counts. */
export interface NormalApproximation {
  /** (P − D) / n. */
  readonly center: number;
  /** √(V / n) with V = p + d − (p − d)². */
  readonly standardError: number;
}

/**
 * The normal approximation behind the Wald-type intervals and tests. Counts may be fractional
 * (adjusted Wald adds 0.75 / 1.5 / 0.75). `n` must be positive.
 */
export function normalApproximation(promoters: number, detractors: number, n: number): NormalApproximation {
  const p = promoters / n;
  const d = detractors / n;
  const variance = npsVariance({ promoters: p, passives: 1 - p - d, detractors: d });
  return { center: p - d, standardError: Math.sqrt(variance / n) };
}

/** Pseudo-counts added by the adjusted Wald method (Rocks 2016): ¾ promoter, 1½ passives, ¾ detractor. */
export const ADJUSTMENT = { promoters: 0.75, passives: 1.5, detractors: 0.75, total: 3 } as const;
