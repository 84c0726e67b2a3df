/**
 * A row count as the file names and the table show it: 1000000 → "1M", 200000 → "200k", 1234 → "1234".
 */
export function rowsLabel(rows: number): string {
  if (rows % 1_000_000 === 0) return `${rows / 1_000_000}M`;
  if (rows % 1000 === 0) return `${rows / 1000}k`;
  return String(rows);
}

/** Parses "1000000", "1_000_000", "1M" or "500k"; throws on anything else. */
export function parseRows(text: string): number {
  const match = /^(\d[\d_]*)([kKmM]?)$/.exec(text.trim());
  if (match === null) throw new Error(`not a row count: "${text}" (try 1000000, 1M or 500k)`);
  const unit = match[2]?.toLowerCase() === "m" ? 1_000_000 : match[2]?.toLowerCase() === "k" ? 1000 : 1;
  return Number(match[1]!.replaceAll("_", "")) * unit;
}
