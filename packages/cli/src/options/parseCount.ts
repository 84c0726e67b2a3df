import { UsageError } from "@npskit/core";

/**
 * Reads a count of responses from a command-line value: a whole number, 0 or more.
 *
 * @example
 * parseCount("80", "--promoters") // 80
 * parseCount("-1", "--promoters") // throws UsageError: --promoters must be a whole number, 0 or more (got "-1")
 */
export function parseCount(text: string, option: string): number {
  const trimmed = text.trim();
  const value = /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  if (!Number.isSafeInteger(value)) {
    throw new UsageError(`${option} must be a whole number, 0 or more (got ${JSON.stringify(text)})`);
  }
  return value;
}
