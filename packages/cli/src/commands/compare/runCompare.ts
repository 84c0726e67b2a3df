import {
  answeredOf,
  type ComparisonMethod,
  compareNps,
  countsOf,
  type NpsComparison,
  type NpsCounts,
  type NpsInterval,
  nps,
  npsInterval,
  UsageError,
} from "@npskit/core";

/** Input of `npskit compare`: the counts of two independent groups. */
export interface CompareInput {
  readonly a: NpsCounts;
  readonly b: NpsCounts;
  /** @default 0.95 */
  readonly level?: number;
  /** @default "adjusted-wald" */
  readonly method?: ComparisonMethod;
}

/** One group's summary in a comparison. */
export interface GroupSummary extends NpsCounts {
  readonly n: number;
  readonly nps: number;
  readonly interval: NpsInterval;
}

/** The result of `npskit compare`; its JSON form is what `--json` prints. */
export interface CompareResult extends Omit<NpsComparison, "a" | "b"> {
  readonly a: GroupSummary;
  readonly b: GroupSummary;
}

/**
 * `npskit compare` without argv: the difference b − a of two NPS values with its z-test and interval.
 *
 * @example
 * runCompare({ a: { promoters: 600, passives: 250, detractors: 150 }, b: { promoters: 80, passives: 30, detractors: 40 } }).p // 0.0101
 */
export function runCompare(input: CompareInput): CompareResult {
  const { level = 0.95, method = "adjusted-wald" } = input;
  const comparison = compareNps(input.a, input.b, { level, method });
  if (comparison === null) {
    throw new UsageError("both groups need at least one answered response to be compared");
  }
  const summary = (counts: NpsCounts): GroupSummary => ({
    ...countsOf(counts),
    n: answeredOf(counts),
    nps: nps(counts)!,
    interval: npsInterval(counts, { level, method })!,
  });
  return { ...comparison, a: summary(input.a), b: summary(input.b) };
}
