import { UsageError } from "@npskit/core";

/**
 * Reads a list of 0–10 scores separated by commas or spaces. An empty entry, "-" or "null" is an unanswered
 * response (counted, never in the denominator).
 *
 * @example
 * parseScores("9,10,6,,8") // [9, 10, 6, null, 8]
 */
export function parseScores(text: string): (number | null)[] {
  const parts = text.includes(",") ? text.split(",") : text.trim().split(/\s+/);
  return parts.map((raw, index) => {
    const part = raw.trim();
    if (part === "" || part === "-" || part.toLowerCase() === "null") return null;
    const score = /^\d+$/.test(part) ? Number(part) : Number.NaN;
    if (!(score >= 0 && score <= 10)) {
      throw new UsageError(
        `--scores entry ${index + 1} must be a whole number from 0 to 10, or empty for unanswered (got ${JSON.stringify(part)})`,
      );
    }
    return score;
  });
}
