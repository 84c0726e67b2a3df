import { displayNps } from "./displayNps.js";
import type { Histogram } from "./histogram.js";
import { nps } from "./nps.js";
import { answeredOf, countsOf, sharesOf } from "./npsCounts.js";
import { npsInterval } from "./npsInterval.js";
import type { ReportResult } from "./reportModel.js";
import type { ReportSettings } from "./reportSettings.js";
import { roundRatio } from "./roundHalfAwayFromZero.js";

/**
 * The result block of a ReportModel for one group's histogram: counts, exact shares, displayed percentages,
 * exact and displayed NPS, the interval and its margin of error. Everything is `null` where nothing was
 * answered, never 0.
 *
 * `displayedShares` are the category percentages rounded half away from zero to `rounding.decimals` places
 * from the exact fractions (integer arithmetic, see `roundRatio`). In the `percentages-first` mode they are the
 * very numbers subtracted for `displayed`, so a reader can redo the sum. They need not add up to 100.
 *
 * @example
 * // 80 promoters, 30 passives, 40 detractors; percentages rounded first, to whole numbers:
 * reportResult(histogram, { rounding: { mode: "percentages-first", decimals: 0 }, interval: { method: "adjusted-wald", level: 0.95 }, comparison: "adjusted-wald" })
 * // { answered: 150, displayedShares: { promoters: 53, passives: 20, detractors: 27 }, nps: 26.666…,
 * //   displayed: 26, interval: { low: 12.64…, high: 39.64…, … }, marginOfError: 13.498…, … }
 */
export function reportResult(histogram: Histogram, settings: ReportSettings): ReportResult {
  const counts = countsOf(histogram);
  const answered = answeredOf(counts);
  const shares = sharesOf(counts);
  const interval = npsInterval(counts, settings.interval);
  const { decimals } = settings.rounding;
  return {
    answered,
    unanswered: histogram.unanswered,
    promoters: counts.promoters,
    passives: counts.passives,
    detractors: counts.detractors,
    shares: shares === null ? null : { ...shares },
    displayedShares:
      answered === 0
        ? null
        : {
            promoters: roundRatio(counts.promoters * 100, answered, decimals),
            passives: roundRatio(counts.passives * 100, answered, decimals),
            detractors: roundRatio(counts.detractors * 100, answered, decimals),
          },
    nps: nps(counts),
    displayed: displayNps(counts, settings.rounding),
    interval: interval === null ? null : { ...interval },
    // Half the width — what is printed after "±" — not the full width, a mistake seen in other tools.
    marginOfError: interval === null ? null : (interval.high - interval.low) / 2,
  };
}
