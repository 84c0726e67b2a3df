import type { ErrorLocation } from "./errors.js";

/**
 * What happens to responses that share an id (a respondent who updated an answer, an export run twice):
 * - `keep-latest` (default): keep the one with the latest `submittedAt` (on a tie, the one read last);
 * - `keep-first`: keep the one read first;
 * - `keep-all`: count every one (ids are not checked).
 * The others are counted as duplicates and listed in the quarantine file.
 */
export type DuplicatePolicy = "keep-latest" | "keep-first" | "keep-all";

/** Every duplicate policy, default first. */
export const DUPLICATE_POLICIES: readonly DuplicatePolicy[] = ["keep-latest", "keep-first", "keep-all"];

/** The facts about a counted response that deduplication needs, and enough to take it back. */
export interface TrackedResponse {
  readonly id: string;
  readonly millis: number;
  readonly score: number | null;
  readonly segments: Readonly<Record<string, string>> | undefined;
  /** Plugin name of the source that produced it. */
  readonly source: string;
  readonly location: ErrorLocation;
}

/** A response to take back from the counts, and the one that replaced it. */
export interface Superseded {
  readonly response: TrackedResponse;
  readonly by: TrackedResponse;
}

/**
 * Finds responses that share an id, under a policy. A tracker may decide at once (`offer` returns what
 * became superseded) or only at the end (`finish` yields the rest) — a tracker that spills ids to disk to keep
 * memory flat does the latter. The pipeline counts every offered response first and takes back each
 * superseded one, so both styles give the same result.
 */
export interface DuplicateTracker {
  /**
   * Records a valid response. Returns the response that this offer made superseded — the offered one or an
   * earlier one — or `undefined` when none is known yet.
   */
  offer(response: TrackedResponse): Superseded | undefined;
  /** Runs once after the last offer: yields the superseded responses not returned by `offer`. */
  finish(): AsyncIterable<Superseded>;
  /** Releases what the tracker holds (temporary files) when ingesting stops early; safe to call twice. */
  dispose?(): void;
}

/**
 * Whether `candidate` replaces `kept` under `policy`; `candidate` is the one read later.
 * Shared by every tracker so that they cannot disagree.
 */
export function replaces(
  policy: DuplicatePolicy,
  kept: TrackedResponse,
  candidate: TrackedResponse,
): boolean {
  return policy === "keep-latest" && candidate.millis >= kept.millis;
}
