import { readFile } from "node:fs/promises";
import { extname, resolve } from "node:path";
import { ConfigError, type ValidationIssue } from "@npskit/core";
import * as fontkit from "fontkit";
import type { BrandFile, BrandFont, BrandFontFace, BrandLogo, ResolvedBrand } from "./brand.js";
import { bundledFont, isBundledFontFamily } from "./bundledFont.js";
import { DEFAULT_COLORS } from "./defaultColors.js";
import { logoDataUri } from "./logoDataUri.js";
import { validateBrand } from "./validateBrand.js";

/** Options of {@link resolveBrand}. */
export interface ResolveBrandOptions {
  /** Folder that relative `logo` and `font` paths start from (the brand file's folder). */
  readonly baseDir: string;
  /** The brand file, for error locations. */
  readonly file?: string;
}

/** CSS family name of a local font file: fixed, so no text from the brand file ever reaches the CSS. */
const LOCAL_FONT_FAMILY = "Brand Font";

/**
 * Validates brand data (a parsed brand file) and reads its files: the logo is embedded, the font file is
 * checked to be a font. Throws {@link ConfigError} (`NPSKIT_E_CONFIG`) listing every problem by key
 * (`colors.primary`, `logo`), with the brand file as the location.
 *
 * @example
 * await resolveBrand({ name: "Acme", font: "PT Sans" }, { baseDir: "." }) // { name: "Acme", font: { family: "PT Sans", … }, … }
 */
export async function resolveBrand(data: unknown, options: ResolveBrandOptions): Promise<ResolvedBrand> {
  const location = options.file === undefined ? {} : { location: { file: options.file } };
  const schemaIssues = validateBrand(data);
  if (schemaIssues.length > 0) throw new ConfigError(schemaIssues, location);
  const brand = data as BrandFile;
  const issues: ValidationIssue[] = [];
  const logo = brand.logo === undefined ? null : await readLogo(resolve(options.baseDir, brand.logo), issues);
  const font = await readFont(brand, options.baseDir, issues);
  if (issues.length > 0 || font === undefined) throw new ConfigError(issues, location);
  return Object.freeze({
    name: brand.name,
    logo,
    colors: Object.freeze({ ...DEFAULT_COLORS, ...brand.colors }),
    font,
    pageSize: brand.pageSize ?? "A4",
    locale: brand.locale ?? "en",
    footer: brand.footer === undefined || brand.footer.trim() === "" ? null : brand.footer,
  });
}

async function readLogo(path: string, issues: ValidationIssue[]): Promise<BrandLogo | null> {
  const bytes = await readBytes(path, "logo", issues);
  if (bytes === undefined) return null;
  const logo = logoDataUri(bytes, path);
  if (typeof logo === "string") {
    issues.push({ pointer: "logo", message: `${path} ${logo}` });
    return null;
  }
  return logo;
}

async function readFont(
  brand: BrandFile,
  baseDir: string,
  issues: ValidationIssue[],
): Promise<BrandFont | undefined> {
  const font = brand.font ?? "Inter";
  if (isBundledFontFamily(font)) {
    if (brand.fontBold !== undefined) {
      issues.push({
        pointer: "fontBold",
        message: `is only for a local font file; "${font}" ships its own bold`,
      });
    }
    return bundledFont(font);
  }
  const regular = await fontFace(resolve(baseDir, font), "font", issues);
  const bold =
    brand.fontBold === undefined
      ? undefined
      : await fontFace(resolve(baseDir, brand.fontBold), "fontBold", issues);
  if (regular === undefined || (brand.fontBold !== undefined && bold === undefined)) return undefined;
  // Without a bold file the regular face serves bold too: a plain bold beats a synthesized one in the PDF.
  const faces: BrandFontFace[] =
    bold === undefined
      ? [{ ...regular, weight: { min: 400, max: 700 } }]
      : [regular, { ...bold, weight: { min: 700, max: 700 } }];
  return { family: LOCAL_FONT_FAMILY, source: "file", regularWeight: 400, strongWeight: 700, faces };
}

async function fontFace(
  path: string,
  key: string,
  issues: ValidationIssue[],
): Promise<BrandFontFace | undefined> {
  const bytes = await readBytes(path, key, issues);
  if (bytes === undefined) return undefined;
  try {
    fontkit.create(Buffer.from(bytes));
  } catch {
    issues.push({ pointer: key, message: `${path} is not a readable font file (woff2, woff or ttf)` });
    return undefined;
  }
  const extension = extname(path).toLowerCase();
  const format = extension === ".woff2" ? "woff2" : extension === ".woff" ? "woff" : "truetype";
  return { file: path, format, weight: { min: 400, max: 400 }, unicodeRange: null };
}

async function readBytes(
  path: string,
  key: string,
  issues: ValidationIssue[],
): Promise<Uint8Array | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : String(error);
    issues.push({ pointer: key, message: `cannot read ${path}: ${why}` });
    return undefined;
  }
}
