import { readFile } from "node:fs/promises";
import type { BrandFont } from "../brand/brand.js";

const MEDIA_TYPES = { woff2: "font/woff2", woff: "font/woff", truetype: "font/ttf" } as const;

/**
 * `@font-face` rules embedding every file of the brand font as a `data:` URI — only the weights the report
 * uses (regular and strong) and, for bundled families, only the Latin and Cyrillic subsets, each with its
 * `unicode-range` so the browser takes the right file per character. Embedding makes the HTML work
 * offline and lets Chromium embed the real font in the PDF (a missing weight would be synthesized).
 */
export async function fontFaceCss(font: BrandFont): Promise<string> {
  const rules: string[] = [];
  for (const face of font.faces) {
    const data = (await readFile(face.file)).toString("base64");
    const weight =
      face.weight.min === face.weight.max ? `${face.weight.min}` : `${face.weight.min} ${face.weight.max}`;
    rules.push(
      [
        "@font-face {",
        `  font-family: "${font.family}";`,
        "  font-style: normal;",
        `  font-weight: ${weight};`,
        "  font-display: block;",
        `  src: url(data:${MEDIA_TYPES[face.format]};base64,${data}) format("${face.format}");`,
        ...(face.unicodeRange === null ? [] : [`  unicode-range: ${face.unicodeRange};`]),
        "}",
      ].join("\n"),
    );
  }
  return rules.join("\n");
}
