import type { Translator } from "./translator.js";

/**
 * A segment dimension's name in the report's language when the locale file knows it ("region" → "Регион"),
 * otherwise the name as configured. Only plain identifiers are looked up, so a dimension named like a
 * nested key cannot pick an unrelated string.
 *
 * @example
 * dimensionLabel(t, "region")    // "Region"
 * dimensionLabel(t, "Sales team") // "Sales team"
 */
export function dimensionLabel(t: Translator, dimension: string): string {
  const key = `dimensions.${dimension}`;
  return /^[\w-]+$/.test(dimension) && t.has(key) ? t(key) : dimension;
}
