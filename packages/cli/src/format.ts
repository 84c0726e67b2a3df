import { roundHalfAwayFromZero } from "@npskit/core";

/** Human names of the interval and comparison methods, as printed. */
export const METHOD_NAMES: Readonly<Record<string, string>> = {
  "adjusted-wald": "adjusted Wald",
  wald: "Wald",
  score: "score (Tango)",
};

/**
 * A number for the terminal: rounded half away from zero, with a true minus sign for negatives.
 * Infinities print as "∞" / "−∞" (a Wald z-test with zero variance in both groups gives z = ±∞).
 *
 * @example
 * fixed(-18.333, 1) // "−18.3"
 */
export function fixed(value: number, decimals: number): string {
  if (value === Number.POSITIVE_INFINITY) return "\u221e";
  if (value === Number.NEGATIVE_INFINITY) return "\u2212\u221e";
  const rounded = roundHalfAwayFromZero(value, decimals);
  const text = Math.abs(rounded).toFixed(decimals);
  return rounded < 0 ? `\u2212${text}` : text;
}

/** A confidence level as a percentage: 0.95 → "95 %", 0.999 → "99.9 %". */
export function percentLevel(level: number): string {
  return `${roundHalfAwayFromZero(level * 100, 4)} %`;
}

/** Lines of label/value pairs with the values aligned. */
export function table(rows: readonly (readonly [string, string])[]): string {
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`.trimEnd()).join("\n");
}

/**
 * A table with a header: the first column left-aligned, the others right-aligned, three spaces apart.
 *
 * @example
 * columns(["", "n"], [["A", "1000"], ["B", "150"]]) // "      n\nA   1000\nB    150"
 */
export function columns(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => (row[i] ?? "").length)));
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join("   ")
      .trimEnd();
  return [line(header), ...rows.map(line)].join("\n");
}
