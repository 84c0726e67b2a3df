import type { ReportComparison } from "@npskit/core";

/**
 * Which mark a compared difference gets: "up" or "down" when it is significant, "" when it is not or was
 * not tested. The template draws the mark in CSS (a small triangle) from this word: arrow glyphs are not
 * in every bundled font, and a missing glyph would print in a fallback font.
 *
 * @example
 * significanceMark({ difference: 12.5, significant: true, … }) // "up"
 */
export function significanceMark(comparison: ReportComparison | null): "up" | "down" | "" {
  if (comparison === null || !comparison.significant) return "";
  return comparison.difference > 0 ? "up" : "down";
}
