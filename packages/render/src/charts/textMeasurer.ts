import { readFileSync } from "node:fs";
import * as fontkit from "fontkit";
import type { BrandFont, BrandFontFace } from "../brand/brand.js";

/** What ECharts asks the platform: the width in pixels of `text` in a CSS `font` shorthand. */
export type TextMeasurer = (text: string, font: string) => { width: number };

const fonts = new Map<string, fontkit.Font>();

/** Parses each font file once per process; fontkit reads woff2, woff and ttf alike. */
function load(face: BrandFontFace): fontkit.Font {
  let font = fonts.get(face.file);
  if (font === undefined) {
    const created = fontkit.create(readFileSync(face.file));
    // A collection (.ttc) is refused by the brand schema; take its first font all the same.
    font = "fonts" in created ? (created.fonts[0] as fontkit.Font) : created;
    fonts.set(face.file, font);
  }
  return font;
}

/**
 * Width in pixels of `text` set in the brand font at `size` px and `weight`, from the font's own advance
 * widths (with kerning): the faces of the nearest weight, and for each character the subset file that has
 * its glyph (Latin and Cyrillic live in separate @fontsource files). A character no face has counts 0.6 em.
 *
 * @example
 * measureText(bundledFont("Inter"), "Северная Америка", 12, 400) // ≈ 101 (ECharts' own guess: 192)
 */
export function measureText(font: BrandFont, text: string, size: number, weight: number): number {
  const faces = nearestWeight(font.faces, weight).map(load);
  let units = 0; // in ems
  let run = "";
  let runFont: fontkit.Font | undefined;
  const flush = () => {
    if (run !== "" && runFont !== undefined) units += runFont.layout(run).advanceWidth / runFont.unitsPerEm;
    run = "";
  };
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    const face = faces.find((candidate) => candidate.hasGlyphForCodePoint(codePoint));
    if (face === undefined) {
      flush();
      units += 0.6;
      continue;
    }
    if (face !== runFont) flush();
    runFont = face;
    run += char;
  }
  flush();
  return units * size;
}

/**
 * A {@link TextMeasurer} for ECharts' `setPlatformAPI`, reading size and weight from the CSS font shorthand
 * ECharts passes ("normal 600 11px 'Inter', sans-serif"). Results are cached: ECharts asks often.
 */
export function createTextMeasurer(font: BrandFont): TextMeasurer {
  const cache = new Map<string, number>();
  return (text, css) => {
    const key = `${css}\n${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      const size = Number(/(\d+(?:\.\d+)?)px/.exec(css)?.[1] ?? 12);
      width = measureText(font, text, size, cssWeight(css));
      cache.set(key, width);
    }
    return { width };
  };
}

function cssWeight(css: string): number {
  const head = css.split(/\d+(?:\.\d+)?px/)[0] ?? "";
  if (/\bbold(er)?\b/.test(head)) return 700;
  const numeric = /\b([1-9]00)\b/.exec(head)?.[1];
  return numeric === undefined ? 400 : Number(numeric);
}

function nearestWeight(faces: readonly BrandFontFace[], weight: number): BrandFontFace[] {
  const distance = (face: BrandFontFace) =>
    weight < face.weight.min
      ? face.weight.min - weight
      : weight > face.weight.max
        ? weight - face.weight.max
        : 0;
  const best = Math.min(...faces.map(distance));
  return faces.filter((face) => distance(face) === best);
}
