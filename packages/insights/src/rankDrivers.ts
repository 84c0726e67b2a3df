import type { ReportDriver } from "@npskit/core";
import type { DriverSums } from "./driverSums.js";

/**
 * Ranks attribute ratings by how strongly they go with the 0–10 score (key-driver analysis).
 *
 * For each driver, the Pearson correlation with the score over the answered responses that rated it:
 * r = (nΣxy − ΣxΣy) / √((nΣx² − (Σx)²)(nΣy² − (Σy)²)), null with fewer than 3 ratings or when either side
 * does not vary. Relative importance is each driver's share of the squared correlations,
 * importance = r²ᵢ / Σⱼ r²ⱼ — the "squared zero-order correlation" index (Johnson & LeBreton, "History and use
 * of relative importance indices in organizational research", Organizational Research Methods 7(3), 2004).
 * It is simple and explainable; unlike Johnson's relative weights it does not split the credit of drivers that
 * are correlated with each other, so read it as "goes with the score", not "causes it".
 *
 * Rank 1 is the most important; drivers without a correlation come last, by name.
 *
 * @example
 * // ratings a = [1,2,3,4,5], b = [3,1,4,1,5] for scores [2,4,5,4,5]:
 * // a: r = √0.6 = 0.7746, b: r = 0.3423 (r² = 0.1171875); importance a = 128/153 = 0.8366, b = 25/153 = 0.1634
 */
export function rankDrivers(drivers: readonly DriverSums[]): ReportDriver[] {
  const rows = drivers.map((sums) => ({ sums, r: correlation(sums) }));
  const total = rows.reduce((sum, { r }) => sum + (r === null ? 0 : r * r), 0);
  const ranked = rows
    .map(({ sums, r }) => ({
      name: sums.name,
      n: sums.n,
      mean: sums.n === 0 ? null : sums.sumX / sums.n,
      min: sums.n === 0 ? null : sums.min,
      max: sums.n === 0 ? null : sums.max,
      correlation: r,
      importance: r === null || total === 0 ? null : (r * r) / total,
    }))
    .sort(
      (a, b) =>
        (b.importance ?? -1) - (a.importance ?? -1) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    );
  return ranked.map((driver, index) => ({ ...driver, rank: index + 1 }));
}

/** Pearson's r from running sums; null when it is undefined or rests on fewer than 3 pairs. */
function correlation(sums: DriverSums): number | null {
  const { n, sumX, sumY, sumXX, sumYY, sumXY } = sums;
  if (n < 3) return null;
  const varX = n * sumXX - sumX * sumX;
  const varY = n * sumYY - sumY * sumY;
  // Rounding can leave a tiny positive variance for constant data; relative to the sums it is zero.
  if (varX <= 1e-9 * n * sumXX || varY <= 1e-9 * n * sumYY) return null;
  const r = (n * sumXY - sumX * sumY) / Math.sqrt(varX * varY);
  return Math.max(-1, Math.min(1, r));
}
