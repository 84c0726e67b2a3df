import type { ErrorLocation } from "./errors.js";

/**
 * A record that did not become a counted response, as written to the quarantine file: enough to find it
 * (location), understand it (reason) and recover it (raw). Superseded duplicates are listed too, with the
 * location of the response that replaced them.
 */
export interface Rejection {
  /** `invalid`: unreadable or not a valid response. `duplicate`: superseded by a response with the same id. */
  readonly kind: "invalid" | "duplicate";
  /** Plugin name of the source, e.g. "npskit:csv". */
  readonly source: string;
  /** Short grouping key for counts, e.g. "invalid /score", "invalid column date", "malformed CSV". */
  readonly category: string;
  /** What is wrong, in one line a user can act on. */
  readonly reason: string;
  readonly location: ErrorLocation;
  /** The record as read, when the source provided it. */
  readonly raw?: unknown;
}

/**
 * The grouping key of a rejection reason: the field or column when known (so "score 11" and "score 12" count
 * together), otherwise the reason up to its first colon or parenthesis.
 *
 * @example
 * rejectionCategory("unterminated quote (the field opens here)", { line: 7 }) // "unterminated quote"
 * rejectionCategory("score must be 0 to 10", { column: "nps" })              // "invalid column nps"
 */
export function rejectionCategory(reason: string, location: ErrorLocation): string {
  if (location.column !== undefined) return `invalid column ${location.column}`;
  if (location.field !== undefined && location.field !== "") return `invalid ${location.field}`;
  const head = reason.split(/[:(]/, 1)[0]!.trim();
  return head === "" ? "invalid record" : head;
}
