import type { ResolvedBrand } from "../brand/brand.js";
import { cssString } from "./cssString.js";
import { PAGE_MARGINS } from "./pageGeometry.js";
import type { Translator } from "./translator.js";

/**
 * The CSS that depends on the brand and the locale, generated here rather than in the template because it
 * carries values: the brand colours and font as custom properties (colours are validated `#rrggbb`, the
 * family name is npskit's own), and the `@page` rules — paper size, margins, the running head and
 * "Page 3 of 8" / "Стр. 3 из 8" in the top margin boxes (none on the cover). Margin boxes cannot read custom properties, so their
 * font and colour are written out.
 */
export function pageCss(brand: ResolvedBrand, t: Translator, period: string): string {
  const { colors, font } = brand;
  const family = `"${font.family}", "Noto Color Emoji", sans-serif`;
  const pageNumber = t("document.pageNumber", { page: "\u0000page\u0000", pages: "\u0000pages\u0000" })
    .split("\u0000")
    .map((part, index) =>
      index % 2 === 1
        ? `counter(${part === "pages" ? "pages" : "page"})`
        : part === ""
          ? ""
          : cssString(part),
    )
    .filter((part) => part !== "")
    .join(" ");
  const box = `font-family: ${family}; font-size: 7.5pt; color: #6b7280;`;
  const m = PAGE_MARGINS;
  return `:root {
  --color-primary: ${colors.primary};
  --color-accent: ${colors.accent};
  --color-promoter: ${colors.promoter};
  --color-passive: ${colors.passive};
  --color-detractor: ${colors.detractor};
  --font-family: ${family};
  --weight-regular: ${font.regularWeight};
  --weight-strong: ${font.strongWeight};
}
@page {
  size: ${brand.pageSize};
  margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;
  @top-left { content: ${cssString(t("document.runningHead", { period }))}; ${box} vertical-align: bottom; padding-bottom: 5mm; }
  @top-right { content: ${pageNumber}; ${box} vertical-align: bottom; padding-bottom: 5mm; }
}
@page :first {
  @top-left { content: none; }
  @top-right { content: none; }
}`;
}
