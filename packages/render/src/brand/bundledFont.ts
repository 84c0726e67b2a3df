import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { BrandFont, BrandFontFace, BundledFontFamily } from "./brand.js";

/** The bundled families, their @fontsource package, and the weight used for headings and figures. */
const FAMILIES: Readonly<Record<BundledFontFamily, { readonly id: string; readonly strong: number }>> = {
  Inter: { id: "inter", strong: 600 },
  "PT Sans": { id: "pt-sans", strong: 700 }, // PT Sans has no semibold
  "Noto Sans": { id: "noto-sans", strong: 600 },
};

/** Every bundled family name, in the order the schema lists them. */
export const BUNDLED_FONT_FAMILIES: readonly BundledFontFamily[] = ["Inter", "PT Sans", "Noto Sans"];

/** Subsets embedded: the report's languages are English and Russian. */
const SUBSETS = ["latin", "cyrillic"] as const;

const require = createRequire(import.meta.url);

/**
 * The files of a bundled family: regular and strong weight, Latin and Cyrillic subsets, as woff2 from the
 * @fontsource package (resolved through Node, so it works from a workspace and from an install).
 *
 * @example
 * bundledFont("PT Sans").faces.length // 4 (400 and 700, latin and cyrillic)
 */
export function bundledFont(family: BundledFontFamily): BrandFont {
  const { id, strong } = FAMILIES[family];
  const root = dirname(require.resolve(`@fontsource/${id}/package.json`));
  const ranges = JSON.parse(readFileSync(join(root, "unicode.json"), "utf8")) as Record<string, string>;
  const faces: BrandFontFace[] = [];
  for (const weight of [400, strong]) {
    for (const subset of SUBSETS) {
      faces.push({
        file: join(root, "files", `${id}-${subset}-${weight}-normal.woff2`),
        format: "woff2",
        weight: { min: weight, max: weight },
        unicodeRange: ranges[subset] ?? null,
      });
    }
  }
  return { family, source: "bundled", regularWeight: 400, strongWeight: strong, faces };
}

/** Whether `value` names a bundled family. */
export function isBundledFontFamily(value: string): value is BundledFontFamily {
  return Object.hasOwn(FAMILIES, value);
}
