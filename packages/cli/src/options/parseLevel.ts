import { UsageError } from "@npskit/core";

/**
 * Reads a confidence level: a fraction (0.95) or a percentage (95 or 95%), strictly between 0 and 100 %.
 *
 * @example
 * parseLevel("0.9") // 0.9
 * parseLevel("95%") // 0.95
 */
export function parseLevel(text: string): number {
  const trimmed = text.trim();
  const percent = trimmed.endsWith("%");
  const value = Number(percent ? trimmed.slice(0, -1) : trimmed);
  const fraction = percent || value >= 1 ? value / 100 : value;
  if (trimmed === "" || !(fraction > 0 && fraction < 1)) {
    throw new UsageError(
      `--level must be a confidence level such as 0.95 or 95% (got ${JSON.stringify(text)})`,
    );
  }
  return fraction;
}
