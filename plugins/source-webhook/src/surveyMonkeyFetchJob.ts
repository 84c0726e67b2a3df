import { describeValue } from "./describeValue.js";
import { isPlainObject } from "./isPlainObject.js";
import type { IgnoredDelivery, RejectedDelivery } from "./webhookMapping.js";

/** A response to fetch from the SurveyMonkey API, because the webhook carries only its ids. */
export interface SurveyMonkeyFetchJob {
  /** `resources.survey_id` of the event. */
  readonly surveyId: string;
  /** `object_id` of the event: the response id. */
  readonly responseId: string;
  /** Path to GET on the API host (`https://api.surveymonkey.com`), with the ids URL-encoded. */
  readonly url: string;
  /** The event's `event_id`, when it has one: the dedupe key of the delivery. */
  readonly eventId?: string;
  /** `response_completed` or `response_updated`. */
  readonly eventType: string;
}

/** What {@link surveyMonkeyFetchJob} made of a delivery: a job, or a reason. */
export type SurveyMonkeyEventMapping =
  | { readonly kind: "fetch"; readonly job: SurveyMonkeyFetchJob }
  | RejectedDelivery
  | IgnoredDelivery;

const FETCH_EVENTS = new Set(["response_completed", "response_updated"]);

// SurveyMonkey ids are digit strings; anything that could change the path (/, .., ?, %) is refused.
const ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Turns a SurveyMonkey webhook event into the fetch of its response. The event carries only ids
 * (`event_type`, `object_id`, `resources.survey_id`), so the receiver queues
 * `GET /v3/surveys/{survey_id}/responses/{object_id}/details` and maps the answer with
 * `mapSurveyMonkeyResponse`. `response_completed` and `response_updated` are fetched; other events
 * (`response_created` for a partial start, `response_deleted`, collector and survey events) are ignored with
 * the reason. Ids that are not plain tokens are rejected, so a payload cannot steer the request elsewhere.
 *
 * @example
 * surveyMonkeyFetchJob({ event_type: "response_completed", event_id: "10019822474", object_type: "response",
 *   object_id: "114392581839", resources: { survey_id: "505420611" } })
 * // { kind: "fetch", job: { surveyId: "505420611", responseId: "114392581839", eventId: "10019822474",
 * //   eventType: "response_completed", url: "/v3/surveys/505420611/responses/114392581839/details" } }
 */
export function surveyMonkeyFetchJob(payload: unknown): SurveyMonkeyEventMapping {
  if (!isPlainObject(payload)) return { kind: "rejected", reason: "payload must be a JSON object" };
  const type = payload.event_type;
  if (typeof type !== "string" || !FETCH_EVENTS.has(type)) {
    return { kind: "ignored", reason: `event_type ${describeValue(type)} carries no completed response` };
  }
  if (payload.object_type !== undefined && payload.object_type !== "response") {
    return {
      kind: "rejected",
      reason: `object_type ${describeValue(payload.object_type)} is not "response"`,
    };
  }
  const responseId = idOf(payload.object_id);
  if (responseId === undefined) {
    return {
      kind: "rejected",
      reason: `object_id must be a response id (got ${describeValue(payload.object_id)})`,
    };
  }
  const resources = isPlainObject(payload.resources) ? payload.resources : {};
  const surveyId = idOf(resources.survey_id);
  if (surveyId === undefined) {
    return {
      kind: "rejected",
      reason: `resources.survey_id must be a survey id (got ${describeValue(resources.survey_id)})`,
    };
  }
  const eventId = idOf(payload.event_id);
  return {
    kind: "fetch",
    job: {
      surveyId,
      responseId,
      url: `/v3/surveys/${encodeURIComponent(surveyId)}/responses/${encodeURIComponent(responseId)}/details`,
      ...(eventId === undefined ? {} : { eventId }),
      eventType: type,
    },
  };
}

function idOf(value: unknown): string | undefined {
  const text = typeof value === "number" && Number.isSafeInteger(value) ? String(value) : value;
  return typeof text === "string" && ID.test(text) ? text : undefined;
}
