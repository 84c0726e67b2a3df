import { assertCount, type Histogram } from "./histogram.js";

/** Answered responses by NPS category: the only input the NPS statistics need. */
export interface NpsCounts {
  /** Scores 9–10. */
  readonly promoters: number;
  /** Scores 7–8. */
  readonly passives: number;
  /** Scores 0–6. */
  readonly detractors: number;
}

/** The category a score falls in. */
export type NpsCategory = "promoter" | "passive" | "detractor";

/**
 * Category of an answered score: 9–10 promoter, 7–8 passive, 0–6 detractor.
 *
 * @example
 * categoryOf(8) // "passive"
 */
export function categoryOf(score: number): NpsCategory {
  if (score >= 9) return "promoter";
  if (score >= 7) return "passive";
  return "detractor";
}

/** Anything the statistics accept: category counts, or a histogram that is reduced to them. */
export type NpsInput = NpsCounts | Histogram;

/**
 * Reduces a histogram to category counts, or validates and returns category counts as they are.
 * Throws {@link InvalidArgumentError} for negative, fractional or non-numeric counts.
 *
 * @example
 * countsOf(histogramOf([10, 9, 8, 2])) // { promoters: 2, passives: 1, detractors: 1 }
 */
export function countsOf(input: NpsInput): NpsCounts {
  if ("counts" in input) {
    const c = input.counts;
    // Each entry is checked, not just the sums: −1 + 2 would otherwise pass as one detractor.
    c.forEach((count, score) => {
      assertCount(count, `histogram.counts[${score}]`);
    });
    let detractors = 0;
    for (let score = 0; score <= 6; score++) detractors += c[score] ?? 0;
    const counts = {
      promoters: (c[9] ?? 0) + (c[10] ?? 0),
      passives: (c[7] ?? 0) + (c[8] ?? 0),
      detractors,
    };
    return checked(counts);
  }
  return checked(input);
}

function checked(counts: NpsCounts): NpsCounts {
  assertCount(counts.promoters, "promoters");
  assertCount(counts.passives, "passives");
  assertCount(counts.detractors, "detractors");
  return counts;
}

/** Number of answered responses: the NPS denominator. */
export function answeredOf(counts: NpsCounts): number {
  return counts.promoters + counts.passives + counts.detractors;
}

/** Category shares as fractions of the answered responses (0..1). */
export interface NpsShares {
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
}

/**
 * Shares of promoters, passives and detractors among answered responses, or `null` when nothing was answered.
 *
 * @example
 * sharesOf({ promoters: 80, passives: 30, detractors: 40 }) // { promoters: 0.5333…, passives: 0.2, detractors: 0.2666… }
 */
export function sharesOf(input: NpsInput): NpsShares | null {
  const counts = countsOf(input);
  const n = answeredOf(counts);
  if (n === 0) return null;
  return {
    promoters: counts.promoters / n,
    passives: counts.passives / n,
    detractors: counts.detractors / n,
  };
}
