import type { TrackedResponse } from "./duplicateTracker.js";
import type { ErrorLocation } from "./errors.js";
import type { ReportComment } from "./reportModel.js";
import { stableHash } from "./stableHash.js";
import type { SurveyResponse } from "./surveyResponse.js";

/**
 * A comment offered to the sampler, with what ranks it: whether it has enough words, the stable hash of its
 * response id, and its content as JSON (the last tie-break). `inSample` / `inPool` say where it is kept.
 */
export interface CommentCandidate {
  readonly comment: ReportComment;
  /** The text with case and whitespace folded: the selection shows each such text once. */
  readonly textKey: string;
  readonly useful: boolean;
  readonly hash: number;
  /** The comment as JSON: the last tie-break, so that even identical ids order the same way every run. */
  readonly key: string;
  readonly tracked: TrackedResponse;
  inSample: boolean;
  inPool: boolean;
}

/**
 * The candidate of a validated, answered response with a non-empty comment: `text` is its comment trimmed and
 * capped. The respondent (PII), drivers and meta are left behind.
 *
 * @example
 * commentCandidate(response, 9, "Great support", Date.parse(response.submittedAt), {}, 2).useful // true
 */
export function commentCandidate(
  response: SurveyResponse,
  score: number,
  text: string,
  millis: number,
  location: ErrorLocation,
  minWords: number,
): CommentCandidate {
  const comment: ReportComment = {
    id: response.id,
    score,
    text,
    submittedAt: response.submittedAt,
    segments: { ...response.segments },
    ...(response.locale !== undefined && { locale: response.locale }),
  };
  return {
    comment,
    textKey: text.toLowerCase().replace(/\s+/g, " "),
    useful: hasWords(text, minWords),
    hash: stableHash(response.id),
    key: JSON.stringify(comment),
    tracked: {
      id: response.id,
      millis,
      score,
      segments: response.segments,
      source: response.source ?? "",
      location,
    },
    inSample: false,
    inPool: false,
  };
}

/** Whether `text` has at least `minWords` words: runs of letters or digits, in any script. */
function hasWords(text: string, minWords: number): boolean {
  if (minWords === 0) return true;
  const words = /[\p{L}\p{N}]+/gu;
  let found = 0;
  while (words.exec(text) !== null) {
    found += 1;
    if (found >= minWords) return true;
  }
  return false;
}

/** Selection order: comments with enough words first, then by hash; id and content make the order total. */
export function bySampleRank(a: CommentCandidate, b: CommentCandidate): number {
  return Number(b.useful) - Number(a.useful) || byPoolRank(a, b);
}

/** Pool order: by hash alone (then id and content), so the pool stays a uniform sample for counting themes. */
export function byPoolRank(a: CommentCandidate, b: CommentCandidate): number {
  return a.hash - b.hash || compareText(a.comment.id, b.comment.id) || compareText(a.key, b.key);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
