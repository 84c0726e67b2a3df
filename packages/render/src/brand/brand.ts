/**
 * The brand types: what a user writes in a brand file ({@link BrandFile}, everything but the name optional)
 * and what the renderer works with ({@link ResolvedBrand}, complete, validated, files already read).
 */

/** The font families bundled with npskit (from @fontsource), each with Latin and Cyrillic. */
export type BundledFontFamily = "Inter" | "PT Sans" | "Noto Sans";

/** Paper sizes a report can be printed on. */
export type PageSize = "A4" | "Letter";

/** Languages of the report templates. */
export type BrandLocale = "en" | "ru";

/** Brand colours, each a `#rrggbb` hex code (validated, so safe to place in CSS). */
export interface BrandColors {
  /** Headings, the headline NPS and the trend line. */
  readonly primary: string;
  /** Rules, the target line and small highlights. */
  readonly accent: string;
  /** Promoters (9–10) in every chart and bar. */
  readonly promoter: string;
  /** Passives (7–8) in every chart and bar. */
  readonly passive: string;
  /** Detractors (0–6) in every chart and bar. */
  readonly detractor: string;
}

/** A brand file as the user writes it (`brand.schema.json`); paths are relative to the file. */
export interface BrandFile {
  readonly $schema?: string;
  /** Company or product name. */
  readonly name: string;
  /** Path of an SVG or PNG logo. */
  readonly logo?: string;
  /** Colours; each one left out keeps the default. */
  readonly colors?: Partial<BrandColors>;
  /** A bundled family, or the path of a .woff2/.woff/.ttf file. @default "Inter" */
  readonly font?: BundledFontFamily | (string & {});
  /** With a local `font`: the path of its bold face. */
  readonly fontBold?: string;
  /** @default "A4" */
  readonly pageSize?: PageSize;
  /** @default "en" */
  readonly locale?: BrandLocale;
  /** A short line at the foot of every page. */
  readonly footer?: string;
}

/** The logo, embedded: an image `data:` URI (an SVG shown through `<img>` cannot run scripts). */
export interface BrandLogo {
  readonly mediaType: "image/svg+xml" | "image/png";
  readonly dataUri: string;
}

/** One font file of the brand font and what it covers. */
export interface BrandFontFace {
  /** Absolute path of the font file. */
  readonly file: string;
  readonly format: "woff2" | "woff" | "truetype";
  /** Weights this face serves, as a CSS range (a single face may serve both regular and bold). */
  readonly weight: { readonly min: number; readonly max: number };
  /** CSS `unicode-range` of the file (a @fontsource subset), or `null` for a whole font. */
  readonly unicodeRange: string | null;
}

/** The brand font: a CSS family name made by npskit (never user text) and the files to embed. */
export interface BrandFont {
  /** CSS family name: the bundled family's name, or "Brand Font" for a local file. */
  readonly family: string;
  readonly source: "bundled" | "file";
  /** Weight of body text (always 400). */
  readonly regularWeight: number;
  /** Weight of headings and figures: 600 where the family has it, else 700. */
  readonly strongWeight: number;
  readonly faces: readonly BrandFontFace[];
}

/** A validated brand with its files read: what `renderHtml` takes. Produced by `loadBrand`, `resolveBrand`, `defaultBrand`. */
export interface ResolvedBrand {
  readonly name: string;
  readonly logo: BrandLogo | null;
  readonly colors: BrandColors;
  readonly font: BrandFont;
  readonly pageSize: PageSize;
  readonly locale: BrandLocale;
  readonly footer: string | null;
}
