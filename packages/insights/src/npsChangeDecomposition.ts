import { InvalidArgumentError } from "@npskit/core";

/** One period's figures of a segment: answered responses and exact NPS (null when nothing was answered). */
export interface SegmentFigures {
  readonly answered: number;
  readonly nps: number | null;
}

/** A segment of one dimension in both periods; `null` figures (or 0 answered) mean it was absent then. */
export interface SegmentPeriods {
  /** The segment's value, a label only; `null` is the "(not set)" group of responses without the dimension. */
  readonly value: string | null;
  readonly previous: SegmentFigures | null;
  readonly current: SegmentFigures | null;
}

/** A segment's part of the change, in NPS points: `mix + score` = its whole contribution `total`. */
export interface SegmentContribution {
  readonly value: string | null;
  /** w0, w1: the segment's share of the answered responses in the previous and the current period. */
  readonly previousWeight: number;
  readonly currentWeight: number;
  /** n0, n1: its NPS in each period; null when it had no answers then. */
  readonly previousNps: number | null;
  readonly currentNps: number | null;
  /** Segment-mix effect: (w1 − w0)·(n0 − N0); a new or vanished segment: w1·(n1 − N0) or −w0·(n0 − N0). */
  readonly mix: number;
  /** Segment-score effect: w1·(n1 − n0); 0 for a new or vanished segment. */
  readonly score: number;
  /** mix + score. */
  readonly total: number;
}

/** The change of the overall NPS split into mix and score effects, overall and per segment. */
export interface NpsChangeDecomposition {
  /** N0 = Σ w0·n0 and N1 = Σ w1·n1: the overall NPS of each period. */
  readonly previousNps: number;
  readonly currentNps: number;
  /** ΔNPS = N1 − N0 = mix + score. */
  readonly total: number;
  /** Σ (w1 − w0)·n0 over the segments in both periods, plus the whole terms of new and vanished ones. */
  readonly mix: number;
  /** Σ w1·(n1 − n0) over the segments present in both periods. */
  readonly score: number;
  /** One per input segment, in input order (the caller's rows map to them by index). */
  readonly segments: readonly SegmentContribution[];
}

/**
 * Shift-share (Kitagawa-style) decomposition of a change in NPS along one segment dimension. With w the
 * segment's share of the answered responses and n its NPS, in the previous (0) and current (1) period:
 *
 *   ΔNPS = Σ w1·n1 − Σ w0·n0 = Σ (w1 − w0)·n0  +  Σ w1·(n1 − n0)
 *                              segment-mix effect   segment-score effect
 *
 * The identity is exact (expand both sums: the w1·n0 terms cancel); the interaction (w1 − w0)(n1 − n0) is
 * in the score effect, which is therefore measured at the current weights. Per segment, the mix part is
 * centred on the previous overall NPS N0: (w1 − w0)·(n0 − N0). The centring changes no total, because
 * Σ (w1 − w0) = 0, but it makes a segment's sign mean something: a below-average segment that grows pulls
 * the NPS down (uncentred, a growing segment with a positive but below-average NPS would look like a gain).
 *
 * Segments absent in one period keep their whole term, as mix (a change of composition, with no score to
 * compare): a new segment contributes w1·(n1 − N0), a vanished one −w0·(n0 − N0), and a score effect of 0.
 * Give every group of the dimension, including `value: null` for responses without it, so that the weights
 * of each period sum to 1 and the parts add up to the change of the overall NPS.
 *
 * Reference: Kitagawa, E. M. (1955), "Components of a Difference Between Two Rates", Journal of the American
 * Statistical Association 50(272), 1168–1194; the same two-factor split is the "shift-share" analysis of
 * regional economics (Dunn 1960) and the "rate vs mix" analysis of business reporting.
 *
 * Returns null when either period has no answers at all: there is no NPS to change.
 *
 * @example
 * // Europe 100 answers, NPS 50 → 100 answers, NPS 20; APAC 100 answers, NPS 10 → 300 answers, NPS 10.
 * npsChangeDecomposition([
 *   { value: "Europe", previous: { answered: 100, nps: 50 }, current: { answered: 100, nps: 20 } },
 *   { value: "APAC", previous: { answered: 100, nps: 10 }, current: { answered: 300, nps: 10 } },
 * ])
 * // N0 = 30, N1 = 12.5, total −17.5 = mix −10 + score −7.5. Per segment: APAC mix (¾ − ½)(10 − 30) = −5 (a
 * // below-average group grew), Europe mix (¼ − ½)(50 − 30) = −5 and score ¼ × (20 − 50) = −7.5.
 */
export function npsChangeDecomposition(segments: readonly SegmentPeriods[]): NpsChangeDecomposition | null {
  for (const segment of segments) {
    for (const figures of [segment.previous, segment.current]) {
      if (figures === null) continue;
      if (!Number.isInteger(figures.answered) || figures.answered < 0) {
        throw new InvalidArgumentError(
          `segment ${JSON.stringify(segment.value)}: answered must be an integer of at least 0 (got ${figures.answered})`,
        );
      }
      if (figures.answered > 0 && figures.nps === null) {
        throw new InvalidArgumentError(`segment ${JSON.stringify(segment.value)}: answers without an NPS`);
      }
    }
  }
  const previousTotal = segments.reduce((sum, segment) => sum + answeredOf(segment.previous), 0);
  const currentTotal = segments.reduce((sum, segment) => sum + answeredOf(segment.current), 0);
  if (previousTotal === 0 || currentTotal === 0) return null;

  const rows = segments.map((segment) => {
    const w0 = answeredOf(segment.previous) / previousTotal;
    const w1 = answeredOf(segment.current) / currentTotal;
    return { value: segment.value, w0, w1, n0: npsOf(segment.previous), n1: npsOf(segment.current) };
  });
  const previousNps = rows.reduce((sum, row) => sum + (row.n0 === null ? 0 : row.w0 * row.n0), 0);
  const currentNps = rows.reduce((sum, row) => sum + (row.n1 === null ? 0 : row.w1 * row.n1), 0);

  const contributions = rows.map(({ value, w0, w1, n0, n1 }): SegmentContribution => {
    let mix = 0;
    let score = 0;
    if (n0 !== null && n1 !== null) {
      mix = (w1 - w0) * (n0 - previousNps);
      score = w1 * (n1 - n0);
    } else if (n1 !== null) {
      mix = w1 * (n1 - previousNps);
    } else if (n0 !== null) {
      mix = -w0 * (n0 - previousNps);
    }
    return {
      value,
      previousWeight: w0,
      currentWeight: w1,
      previousNps: n0,
      currentNps: n1,
      mix,
      score,
      total: mix + score,
    };
  });
  return {
    previousNps,
    currentNps,
    total: currentNps - previousNps,
    mix: contributions.reduce((sum, part) => sum + part.mix, 0),
    score: contributions.reduce((sum, part) => sum + part.score, 0),
    segments: contributions,
  };
}

function answeredOf(figures: SegmentFigures | null): number {
  return figures === null ? 0 : figures.answered;
}

function npsOf(figures: SegmentFigures | null): number | null {
  return figures === null || figures.answered === 0 ? null : figures.nps;
}
