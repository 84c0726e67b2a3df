import type { PageSize } from "../brand/brand.js";

/**
 * Page margins in millimetres: the top margin holds the running head and the page number (margin boxes);
 * the bottom one is smaller because the template keeps a band at the foot of each page's content for the
 * brand's footer line (see report.css).
 */
export const PAGE_MARGINS = Object.freeze({ top: 20, right: 18, bottom: 13, left: 18 });

const PAGE_WIDTH_MM: Readonly<Record<PageSize, number>> = { A4: 210, Letter: 215.9 };

/**
 * Width of the text column in CSS pixels (96 per inch) for a paper size: charts are drawn at exactly the
 * width they are printed, so their 10–11 px labels print at the intended size.
 *
 * @example
 * contentWidth("A4") // 657
 */
export function contentWidth(pageSize: PageSize): number {
  const millimetres = PAGE_WIDTH_MM[pageSize] - PAGE_MARGINS.left - PAGE_MARGINS.right;
  return Math.floor((millimetres / 25.4) * 96);
}
