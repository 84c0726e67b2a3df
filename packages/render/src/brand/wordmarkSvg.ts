import { readFileSync } from "node:fs";
import * as fontkit from "fontkit";
import type { BundledFontFamily } from "./brand.js";
import { bundledFont } from "./bundledFont.js";

/** What a wordmark is drawn from. */
export interface WordmarkOptions {
  /** The name, in Latin or Cyrillic letters. */
  readonly name: string;
  /** @default "Inter" */
  readonly font?: BundledFontFamily;
  /** Colour of the mark and the name, as #rrggbb. */
  readonly primary: string;
  /** Colour of the mark's highlight, as #rrggbb. */
  readonly accent: string;
}

const HEIGHT = 40;
const FONT_SIZE = 22;
const BASELINE = 28;
const GAP = 12;

/**
 * A logo for a brand that has none yet (`npskit init`): a square mark and the name set in a bundled font,
 * the letters drawn as paths so the SVG looks the same in every viewer and needs no font. Deterministic.
 *
 * @example
 * await wordmarkSvg({ name: "Acme", primary: "#1f4e79", accent: "#f28c28" }) // '<svg xmlns=… viewBox="0 0 111 40" …>'
 */
export function wordmarkSvg(options: WordmarkOptions): string {
  const font = bundledFont(options.font ?? "Inter");
  const faces = font.faces
    .filter((face) => face.weight.min === font.strongWeight)
    .map((face) => {
      const created = fontkit.create(readFileSync(face.file));
      return "fonts" in created ? (created.fonts[0] as fontkit.Font) : created;
    });
  let x = HEIGHT + GAP;
  const paths: string[] = [];
  for (const char of options.name) {
    const codePoint = char.codePointAt(0) ?? 0;
    const face = faces.find((candidate) => candidate.hasGlyphForCodePoint(codePoint)) ?? faces[0]!;
    const scale = FONT_SIZE / face.unitsPerEm;
    const { glyphs, positions } = face.layout(char);
    for (const [index, glyph] of glyphs.entries()) {
      const d = glyph.path.toSVG();
      if (d !== "") {
        paths.push(
          `<path transform="translate(${round(x)} ${BASELINE}) scale(${round(scale, 5)} ${round(-scale, 5)})" d="${d}"/>`,
        );
      }
      x += (positions[index]?.xAdvance ?? glyph.advanceWidth) * scale;
    }
  }
  const width = Math.ceil(x);
  const name = escapeXml(options.name);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${HEIGHT}" width="${width}" height="${HEIGHT}" role="img" aria-label="${name}">`,
    `  <title>${name}</title>`,
    `  <rect x="0" y="2" width="36" height="36" rx="9" fill="${options.primary}"/>`,
    `  <path d="M9 29 L15 21 L20 25 L27 12" fill="none" stroke="#ffffff" stroke-width="3.2" stroke-linecap="round" stroke-linejoin="round"/>`,
    `  <circle cx="27" cy="12" r="3.4" fill="${options.accent}"/>`,
    `  <g fill="${options.primary}">`,
    ...paths.map((path) => `    ${path}`),
    "  </g>",
    "</svg>",
    "",
  ].join("\n");
}

function round(value: number, decimals = 2): string {
  return String(Math.round(value * 10 ** decimals) / 10 ** decimals);
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
