import type { Formatter } from "@npskit/core";
import { type ReportComparison, roundHalfAwayFromZero } from "@npskit/core";
import type { Translator } from "./translator.js";

/** Which way a difference goes once rounded for display. */
export type Direction = "up" | "down" | "flat";

/**
 * The words for a compared difference: its direction after display rounding ("flat" when it rounds to
 * zero, so the report never says "up 0 points"), the points as "17 points" / "17 пунктов", and "p = 0.03".
 */
export function comparisonText(
  comparison: ReportComparison,
  t: Translator,
  format: Formatter,
  decimals: number,
): { direction: Direction; points: string; p: string } {
  return {
    direction: directionOf(comparison.difference, decimals),
    points: pointsText(Math.abs(comparison.difference), t, format, decimals),
    p: pValueText(comparison.p, t, format),
  };
}

/** The direction of `value` as displayed with `decimals` places. */
export function directionOf(value: number, decimals: number): Direction {
  const rounded = roundHalfAwayFromZero(value, decimals);
  return rounded === 0 ? "flat" : rounded > 0 ? "up" : "down";
}

/** "17 points" / "17 пунктов": the number rounded for display, the plural chosen on the rounded value. */
export function pointsText(value: number, t: Translator, format: Formatter, decimals: number): string {
  const count = roundHalfAwayFromZero(value, decimals);
  return t("units.points", { count, points: format.decimal(value, decimals) });
}

/** "p = 0.03", or "p < 0.001" for very small values. */
export function pValueText(p: number, t: Translator, format: Formatter): string {
  const text = format.pValue(p);
  return text.startsWith("<") ? t("common.pValueBelow", { p: text }) : t("common.pValue", { p: text });
}
