import type { BrandLocale, ResolvedBrand } from "./brand.js";
import { bundledFont } from "./bundledFont.js";
import { DEFAULT_COLORS } from "./defaultColors.js";

/**
 * The brand used when the user has none: npskit's name and palette, Inter, A4, no logo, no footer.
 *
 * @example
 * defaultBrand("ru").locale // "ru"
 */
export function defaultBrand(locale: BrandLocale = "en"): ResolvedBrand {
  return Object.freeze({
    name: "npskit",
    logo: null,
    colors: DEFAULT_COLORS,
    font: bundledFont("Inter"),
    pageSize: "A4",
    locale,
    footer: null,
  });
}
