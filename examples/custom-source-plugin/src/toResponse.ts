import type { SurveyResponse } from "@npskit/core";
import type { HelpdeskRating } from "./helpdeskRating.js";
import { parseRatedAt } from "./parseRatedAt.js";
import { tagSegments } from "./tagSegments.js";

/**
 * A response as the plugin builds it: npskit's field names (the compiler catches a typo such as `scroe`),
 * values not yet checked. npskit validates every candidate against its response schema.
 */
export type ResponseCandidate = { [Key in keyof SurveyResponse]?: unknown };

/**
 * The mapping's verdict on one rating: a response for npskit to validate and count, or the reason it cannot be
 * one, with the export field at fault (a JSON pointer such as `/scale`, shown in the quarantine file).
 */
export type Mapped =
  | { readonly ok: true; readonly response: ResponseCandidate }
  | { readonly ok: false; readonly reason: string; readonly field: string };

/** The only scale that is an NPS question; other surveys in the same export are CSAT. */
const NPS_SCALE = "0-10";

/**
 * Maps one helpdesk rating to an npskit response. It refuses, in the export's own terms, what it cannot map —
 * a CSAT rating on another scale, a rating without a ticket or a readable time — and passes everything else on
 * as it is: a rating of 11 or a malformed locale is npskit's to reject, with its own precise message.
 *
 * @example
 * toResponse({ ticket_id: 48213, rated_at: 1790845200, rating: 9, tags: ["channel:chat"] }, ["channel"])
 * // { ok: true, response: { id: "48213", submittedAt: "2026-10-01T09:00:00.000Z", score: 9, segments: { channel: "chat" } } }
 */
export function toResponse(rating: HelpdeskRating, segmentTags: readonly string[]): Mapped {
  const scale = rating.scale ?? NPS_SCALE;
  if (scale !== NPS_SCALE) {
    return refuse(
      `unknown rating scale ${JSON.stringify(scale)}: only "0-10" ratings are NPS answers`,
      "/scale",
    );
  }
  const id = rating.ticket_id;
  if (!(typeof id === "string" && id !== "") && !(typeof id === "number" && Number.isInteger(id))) {
    return refuse(
      `ticket_id must be a number or a non-empty string (got ${JSON.stringify(id)})`,
      "/ticket_id",
    );
  }
  const submittedAt = parseRatedAt(rating.rated_at);
  if (submittedAt === undefined) {
    const got = JSON.stringify(rating.rated_at);
    return refuse(`rated_at must be epoch seconds or an ISO date-time (got ${got})`, "/rated_at");
  }

  const response: ResponseCandidate = {
    id: String(id),
    submittedAt,
    // `null` is a skipped question: counted as unanswered, never as a detractor. A missing rating is the same.
    score: rating.rating ?? null,
  };
  if (typeof rating.comment === "string" && rating.comment.trim() !== "")
    response.comment = rating.comment.trim();

  const segments = tagSegments(rating.tags, segmentTags);
  if (typeof rating.group === "string" && rating.group !== "") segments.group = rating.group;
  if (Object.keys(segments).length > 0) response.segments = segments;

  const respondent = respondentOf(rating.requester, rating.consent);
  if (respondent !== undefined) response.respondent = respondent;
  if (rating.locale !== undefined && rating.locale !== null) response.locale = rating.locale;
  return { ok: true, response };
}

/**
 * The requester as npskit's respondent (personal data, kept out of reports unless asked for). Only `true` is
 * consent: a missing flag is not permission to contact anyone.
 */
function respondentOf(requester: unknown, consent: unknown): Record<string, unknown> | undefined {
  const respondent: Record<string, unknown> = {};
  if (typeof requester === "object" && requester !== null) {
    const { id, email, name } = requester as Record<string, unknown>;
    if (typeof id === "number" || (typeof id === "string" && id !== "")) respondent.externalId = String(id);
    if (typeof email === "string" && email !== "") respondent.email = email;
    if (typeof name === "string" && name !== "") respondent.name = name;
  }
  if (consent === true || consent === false) respondent.consentToContact = consent;
  return Object.keys(respondent).length > 0 ? respondent : undefined;
}

function refuse(reason: string, field: string): Mapped {
  return { ok: false, reason, field };
}
