import type { ResolvedBrand } from "../brand/brand.js";

/** Quiet greys shared by every chart: text, axis lines and grid lines recede behind the data. */
export const CHART_GREYS = Object.freeze({
  text: "#4b5563",
  muted: "#6b7280",
  axis: "#c9ced6",
  grid: "#e8ebef",
});

/**
 * The brand font as a CSS `font-family` value for ECharts. Single quotes on purpose: ECharts writes it into
 * a double-quoted `style` attribute. The family name is npskit's own (a bundled family or "Brand Font"),
 * never text from the brand file.
 */
export function chartFontFamily(brand: ResolvedBrand): string {
  return `'${brand.font.family}', sans-serif`;
}

/** Text style shared by every chart: the brand font at 11 px in the text grey. */
export function chartTextStyle(brand: ResolvedBrand): Record<string, unknown> {
  return { fontFamily: chartFontFamily(brand), fontSize: 11, color: CHART_GREYS.text };
}

/**
 * Round numbers that frame every value (intervals, target, zero) with a margin, on NPS's −100..100 scale.
 *
 * @example
 * axisRange([3, 43, 30]) // { min: -10, max: 50 }
 */
export function axisRange(values: readonly number[], step = 10): { min: number; max: number } {
  const low = Math.min(...values);
  const high = Math.max(...values);
  const min = Math.max(-100, Math.floor((low - step / 4) / step) * step);
  const max = Math.min(100, Math.ceil((high + step / 4) / step) * step);
  return { min, max: max > min ? max : min + step };
}
