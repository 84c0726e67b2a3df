import { oneLine } from "./oneLine.js";

/**
 * A short, one-line rendering of a payload value for a reason: JSON, capped at 60 characters.
 *
 * @example
 * describeValue("response_deleted") // "\"response_deleted\""
 * describeValue(undefined)          // "nothing"
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return oneLine(text, 60);
}
