import { fixed, METHOD_NAMES, percentLevel, table } from "../../format.js";
import type { CalcResult } from "./runCalc.js";

/**
 * The terminal form of a {@link CalcResult}.
 *
 * @example
 * formatCalc(runCalc({ counts: { promoters: 80, passives: 30, detractors: 40 } }))
 * // NPS              27  (exact 26.67)
 * // 95 % interval    12.6 to 39.6 (adjusted Wald)  …
 */
export function formatCalc(result: CalcResult): string {
  const share = (part: number) =>
    result.n === 0 ? "" : `${fixed((part / result.n) * 100, 1).padStart(5)} %`;
  const count = (value: number) => String(value).padStart(String(result.n + result.unanswered).length);
  const rows: [string, string][] = [
    [
      "Answered",
      `${result.n}${result.unanswered > 0 ? ` (+${result.unanswered} unanswered, not in NPS)` : ""}`,
    ],
    ["Promoters 9–10", `${count(result.promoters)} ${share(result.promoters)}`],
    ["Passives 7–8", `${count(result.passives)} ${share(result.passives)}`],
    ["Detractors 0–6", `${count(result.detractors)} ${share(result.detractors)}`],
  ];
  if (result.nps === null || result.interval === null || result.displayed === null) {
    rows.push(["NPS", "none: no answered responses"]);
    return `${table(rows)}\n`;
  }
  const { decimals, mode } = result.rounding;
  const roundingNote = mode === "percentages-first" ? ", percentages rounded first" : "";
  rows.push(
    ["NPS", `${fixed(result.displayed, decimals)}  (exact ${fixed(result.nps, 2)}${roundingNote})`],
    [
      `${percentLevel(result.interval.level)} interval`,
      `${fixed(result.interval.low, 1)} to ${fixed(result.interval.high, 1)}  (${METHOD_NAMES[result.interval.method]})`,
    ],
    ["Margin of error", `±${fixed(result.marginOfError ?? 0, 1)} points`],
  );
  return `${table(rows)}\n`;
}
