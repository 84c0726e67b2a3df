import { UsageError } from "@npskit/core";

/**
 * Reads `--decimals`: a whole number of decimal places from 0 to 4.
 *
 * @example
 * parseDecimals("1") // 1
 */
export function parseDecimals(text: string): number {
  const value = /^\d+$/.test(text.trim()) ? Number(text) : Number.NaN;
  if (!(value >= 0 && value <= 4)) {
    throw new UsageError(`--decimals must be a whole number from 0 to 4 (got ${JSON.stringify(text)})`);
  }
  return value;
}
