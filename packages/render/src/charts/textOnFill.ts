import { contrastRatio } from "./contrastRatio.js";

/** The dark text colour of the charts, for labels on a light fill. */
const DARK_TEXT = "#1f2937";

/**
 * The colour for a label drawn on a `#rrggbb` fill: white when white reads well enough on it (3:1, bold
 * labels), otherwise dark — whatever colours a brand picks for its categories.
 *
 * @example
 * textOnFill("#2a8a6e") // "#ffffff"
 * textOnFill("#b9bec7") // "#1f2937"
 */
export function textOnFill(fill: string): string {
  return contrastRatio(fill, "#ffffff") >= 3 ? "#ffffff" : DARK_TEXT;
}
