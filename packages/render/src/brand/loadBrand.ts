import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { ConfigError, fileError } from "@npskit/core";
import type { ResolvedBrand } from "./brand.js";
import { resolveBrand } from "./resolveBrand.js";

/**
 * Reads a brand file (JSON, `brand.schema.json`), validates it and reads the files it names, relative to
 * the brand file's folder. Throws `InputError` when the file cannot be read, `ConfigError` naming each bad
 * key otherwise.
 *
 * @example
 * const brand = await loadBrand("brand/brand.json")
 * brand.logo?.mediaType // "image/svg+xml"
 */
export async function loadBrand(path: string): Promise<ResolvedBrand> {
  const file = resolve(path);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw fileError(path, error);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new ConfigError(
      [{ pointer: "", message: `${path} is not valid JSON: ${(error as Error).message}` }],
      {
        location: { file: path },
      },
    );
  }
  return resolveBrand(data, { baseDir: dirname(file), file: path });
}
