/**
 * Reads a number written by a person or a spreadsheet: an optional sign, digits, and a decimal point or a
 * decimal comma ("8,5" from Russian or German Excel). Surrounding spaces are ignored. Returns `null` for an
 * empty cell and `undefined` for text that is not such a number (thousands separators included: "1,234"
 * would be ambiguous).
 *
 * @example
 * parseDecimal("8,5")  // 8.5
 * parseDecimal(" -2 ") // -2
 * parseDecimal("")     // null
 * parseDecimal("high") // undefined
 */
export function parseDecimal(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  if (!/^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/.test(trimmed)) return undefined;
  return Number(trimmed.replace(",", "."));
}
