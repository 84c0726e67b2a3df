import type { ReportBenchmark, ReportResult } from "@npskit/core";
import type { Benchmark } from "./benchmark.js";

/**
 * Where the NPS stands against a benchmark, taking its uncertainty into account: with quartiles, "below" when
 * the whole interval is under q1, "above" when it is all over q3, else "within" the middle half of the peer
 * group; with a mean only, "below"/"above" when the interval excludes the mean, else "within" (not
 * distinguishable). "unknown" without answers. Quartiles win over the mean when a file gives both.
 *
 * @example
 * // NPS interval 22.1 to 43.2; peers q1 20, median 35, q3 50:
 * benchmarkPosition(benchmark, overall).position // "within"
 */
export function benchmarkPosition(benchmark: Benchmark, overall: ReportResult): ReportBenchmark {
  const { interval } = overall;
  let position: ReportBenchmark["position"] = "unknown";
  if (interval !== null) {
    const low = benchmark.quartiles?.q1 ?? benchmark.mean;
    const high = benchmark.quartiles?.q3 ?? benchmark.mean;
    if (low !== undefined && high !== undefined) {
      position = interval.high < low ? "below" : interval.low > high ? "above" : "within";
    }
  }
  return {
    name: benchmark.name,
    source: benchmark.source,
    year: benchmark.year,
    example: benchmark.example,
    mean: benchmark.mean ?? null,
    quartiles: benchmark.quartiles === undefined ? null : { ...benchmark.quartiles },
    position,
  };
}
