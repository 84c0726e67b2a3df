import { describeValue } from "./describeValue.js";
import { isPlainObject } from "./isPlainObject.js";
import { toMappedResponse } from "./toMappedResponse.js";
import { unixSecondsToIso } from "./unixSecondsToIso.js";
import type { WebhookMapping } from "./webhookMapping.js";

/** Options of {@link mapDelightedEvent}. */
export interface DelightedMappingOptions {
  /** Set as `source` on each response. @default "delighted" */
  readonly source?: string;
}

const RESPONSE_EVENTS = new Set(["survey_response.created", "survey_response.updated"]);

/**
 * Maps a Delighted-style webhook event to one response. `survey_response.created` comes first, usually with
 * the score alone; `survey_response.updated` follows each time the score or comment changes. Every event
 * carries the whole response, so each maps to a complete response with the same `id`, and the store keeps
 * the one with the greatest `updatedAtMs` (see `supersedes`) — whatever order they arrive in.
 *
 * - `id` ← `event_data.id`; `score` ← `score` (null: unanswered); `comment` ← `comment` (if not blank).
 * - `submittedAt` ← `created_at` (Unix seconds); `updatedAtMs` ← `updated_at` (else `created_at`) × 1000.
 * - `respondent` ← `person.email`, `person.name`; `segments` ← `person_properties` (strings, numbers and
 *   booleans as text; null and nested values skipped).
 * - A `survey_type` other than `nps` (CSAT, CES…) is rejected: its scale is not 0–10. Other event types
 *   (`unsubscribe.created`…) are ignored.
 *
 * (Delighted itself shut down in 2026; the shape lives on in tools that kept it.)
 *
 * @example
 * mapDelightedEvent({ event_type: "survey_response.created", event_id: "e1",
 *   event_data: { id: "5435", score: 9, created_at: 1793491200 } })
 * // { kind: "responses", eventId: "e1", rejected: [],
 * //   responses: [{ response: { id: "5435", score: 9, submittedAt: "2026-11-01T00:00:00Z", source: "delighted" },
 * //                 updatedAtMs: 1793491200000 }] }
 */
export function mapDelightedEvent(payload: unknown, options: DelightedMappingOptions = {}): WebhookMapping {
  if (!isPlainObject(payload)) return { kind: "rejected", reason: "payload must be a JSON object" };
  const type = payload.event_type;
  if (typeof type !== "string" || !RESPONSE_EVENTS.has(type)) {
    return { kind: "ignored", reason: `event_type ${describeValue(type)} carries no survey response` };
  }
  const data = payload.event_data;
  if (!isPlainObject(data)) return { kind: "rejected", reason: "event_data must be an object" };
  if (data.survey_type !== undefined && data.survey_type !== null && data.survey_type !== "nps") {
    return {
      kind: "rejected",
      reason: `survey_type ${describeValue(data.survey_type)} is not "nps": its scores are not on the 0–10 scale`,
    };
  }
  const submittedAt = unixSecondsToIso(data.created_at);
  if (submittedAt === undefined) {
    return {
      kind: "rejected",
      reason: `event_data.created_at must be Unix seconds (got ${describeValue(data.created_at)})`,
    };
  }
  const updatedAt = data.updated_at ?? data.created_at;
  if (unixSecondsToIso(updatedAt) === undefined) {
    return {
      kind: "rejected",
      reason: `event_data.updated_at must be Unix seconds (got ${describeValue(data.updated_at)})`,
    };
  }

  const comment = typeof data.comment === "string" ? data.comment.trim() : "";
  const person = isPlainObject(data.person) ? data.person : {};
  const respondent = Object.fromEntries(
    (["email", "name"] as const)
      .map((key) => [key, person[key]] as const)
      .filter(([, value]) => typeof value === "string" && value.trim() !== ""),
  );
  const properties = isPlainObject(data.person_properties) ? data.person_properties : {};
  const segments = Object.fromEntries(
    Object.entries(properties)
      .filter(([, value]) => ["string", "number", "boolean"].includes(typeof value) && value !== "")
      .map(([key, value]) => [key, String(value)]),
  );
  const id = typeof data.id === "number" ? String(data.id) : data.id;

  const candidate = {
    id,
    score: data.score ?? null,
    submittedAt,
    ...(comment === "" ? {} : { comment }),
    ...(Object.keys(segments).length === 0 ? {} : { segments }),
    ...(Object.keys(respondent).length === 0 ? {} : { respondent }),
    source: options.source ?? "delighted",
  };
  const mapped = toMappedResponse(candidate, (updatedAt as number) * 1000, true);
  if (!mapped.ok) return { kind: "rejected", reason: mapped.reason };
  return {
    kind: "responses",
    ...(typeof payload.event_id === "string" ? { eventId: payload.event_id } : {}),
    responses: [mapped.mapped],
    rejected: [],
  };
}
