import { type NpsCounts, UsageError } from "@npskit/core";
import { parseCount } from "./parseCount.js";

/**
 * Reads "promoters,passives,detractors" — the counts of one group in `npskit compare`.
 *
 * @example
 * parseCountsTriple("600,250,150", "--a") // { promoters: 600, passives: 250, detractors: 150 }
 */
export function parseCountsTriple(text: string, option: string): NpsCounts {
  const parts = text.split(",");
  if (parts.length !== 3) {
    throw new UsageError(
      `${option} takes three counts, promoters,passives,detractors, such as 600,250,150 (got ${JSON.stringify(text)})`,
    );
  }
  const [promoters, passives, detractors] = parts.map((part, i) =>
    parseCount(part, `${option} ${["promoters", "passives", "detractors"][i]}`),
  ) as [number, number, number];
  return { promoters, passives, detractors };
}
