import type { BrandLogo } from "./brand.js";

/** Logos larger than this are almost certainly a mistake (a photo), and would bloat every report. */
const MAX_LOGO_BYTES = 2 * 1024 * 1024;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * The logo file's bytes as an embedded image. An SVG is kept as an image (`<img src="data:…">`), never
 * inlined into the page: a browser runs no script and loads no resource of an SVG shown as an image.
 * Returns a problem in words instead of throwing, so the caller can name the brand key.
 *
 * @example
 * logoDataUri(readFileSync("logo.svg"), "logo.svg") // { mediaType: "image/svg+xml", dataUri: "data:image/svg+xml;base64,…" }
 */
export function logoDataUri(bytes: Uint8Array, path: string): BrandLogo | string {
  if (bytes.byteLength > MAX_LOGO_BYTES) {
    return `is ${Math.round(bytes.byteLength / 1024)} KB; a logo must be at most 2 MB`;
  }
  const buffer = Buffer.from(bytes);
  if (/\.png$/i.test(path)) {
    if (!PNG_SIGNATURE.every((byte, index) => buffer[index] === byte)) return "is not a PNG file";
    return { mediaType: "image/png", dataUri: `data:image/png;base64,${buffer.toString("base64")}` };
  }
  // An SVG must be text with an <svg> root; anything else would show as a broken image.
  if (!/<svg[\s>]/.test(buffer.toString("utf8"))) return "is not an SVG file (no <svg> element)";
  return { mediaType: "image/svg+xml", dataUri: `data:image/svg+xml;base64,${buffer.toString("base64")}` };
}
