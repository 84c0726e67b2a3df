/**
 * A segment as the recommendations name it: its value with its dimension, "Europe (region)". Both are the
 * user's own words, so they are not translated.
 *
 * @example
 * segmentText("region", "Europe") // "Europe (region)"
 */
export function segmentText(dimension: string, value: string): string {
  return `${value} (${dimension})`;
}
