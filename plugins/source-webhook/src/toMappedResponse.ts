import { formatIssue, validateResponse } from "@npskit/core";
import { isPlainObject } from "./isPlainObject.js";
import { oneLine } from "./oneLine.js";
import type { MappedResponse } from "./webhookMapping.js";

/** Outcome of {@link toMappedResponse}. */
export type MappedCandidate =
  | { readonly ok: true; readonly mapped: MappedResponse }
  | { readonly ok: false; readonly reason: string };

/**
 * Validates a candidate record with core's `validateResponse` and pairs it with its version; an invalid
 * candidate comes back as the one-line list of its problems (`/score: must be an integer…; /id: …`).
 *
 * When `lenientRespondent` is set (the sender mappers set it) and the only problems are in `respondent` —
 * a placeholder e-mail such as `xxxxx` in a hidden field — those respondent fields are dropped and the
 * response kept: contact details are optional, the answer is not.
 *
 * @example
 * toMappedResponse({ id: "1", score: 9, submittedAt: "2026-10-31T22:30:00Z" }, 1793485800000)
 * // { ok: true, mapped: { response: {…}, updatedAtMs: 1793485800000 } }
 */
export function toMappedResponse(
  candidate: unknown,
  updatedAtMs: number,
  lenientRespondent = false,
): MappedCandidate {
  let result = validateResponse(candidate);
  if (!result.valid && lenientRespondent && isPlainObject(candidate) && isPlainObject(candidate.respondent)) {
    const bad = result.issues.map((issue) => /^\/respondent\/([^/]+)$/.exec(issue.pointer)?.[1]);
    if (bad.every((key) => key !== undefined)) {
      const respondent = Object.fromEntries(
        Object.entries(candidate.respondent).filter(([key]) => !bad.includes(key)),
      );
      const { respondent: _dropped, ...rest } = candidate;
      result = validateResponse(Object.keys(respondent).length === 0 ? rest : { ...rest, respondent });
    }
  }
  if (!result.valid) return { ok: false, reason: oneLine(result.issues.map(formatIssue).join("; ")) };
  if (!Number.isFinite(updatedAtMs)) {
    return { ok: false, reason: "/submittedAt: cannot be read as a point in time" };
  }
  return { ok: true, mapped: { response: result.response, updatedAtMs } };
}
