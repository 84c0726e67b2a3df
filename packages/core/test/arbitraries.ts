import fc from "fast-check";
import type { NpsCounts } from "../src/npsCounts.js";

/**
 * Random category counts for property tests, each count from 0 to `max`. With `answered`, at least one
 * response is answered, so NPS and its intervals are defined.
 */
export function countsArbitrary(max: number, options: { answered?: boolean } = {}): fc.Arbitrary<NpsCounts> {
  const counts = fc.record({
    promoters: fc.nat({ max }),
    passives: fc.nat({ max }),
    detractors: fc.nat({ max }),
  });
  return options.answered ? counts.filter((c) => c.promoters + c.passives + c.detractors > 0) : counts;
}
