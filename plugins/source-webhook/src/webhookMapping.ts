import type { SurveyResponse } from "@npskit/core";

/** A valid response mapped from a delivery, with the version the store compares to keep the newest. */
export interface MappedResponse {
  /** The response, valid against `response.schema.json`. */
  readonly response: SurveyResponse;
  /**
   * When the sender last changed this response, in milliseconds since the Unix epoch: Delighted's
   * `updated_at`, SurveyMonkey's `date_modified`, otherwise the submission time. For one id, the store keeps
   * the response with the greatest value (see {@link supersedes}), so an update that arrives before the event
   * it updates still wins.
   */
  readonly updatedAtMs: number;
}

/** An item of a batch that did not become a response. */
export interface ItemRejection {
  /** JSON pointer of the item in the delivery's payload, such as `/responses/3`. */
  readonly pointer: string;
  /** Why, in one line (what was wrong and what was expected). */
  readonly reason: string;
}

/** A delivery that carries responses; some items of a batch may have been rejected. */
export interface MappedDelivery {
  readonly kind: "responses";
  /** The sender's id of the event, when the payload has one (the dedupe key when no header carries it). */
  readonly eventId?: string;
  /** The valid responses. Empty only when every item of a batch was rejected. */
  readonly responses: readonly MappedResponse[];
  /** The items that were not valid responses, each with its pointer and reason. */
  readonly rejected: readonly ItemRejection[];
}

/** A delivery refused as a whole: not the expected shape, or its response is not valid. */
export interface RejectedDelivery {
  readonly kind: "rejected";
  /** One line, bounded in length, safe to store: what is wrong with the payload. */
  readonly reason: string;
}

/**
 * A well-formed delivery that carries no response by design (an unsubscribe event, a disqualified
 * SurveyMonkey response…). The receiver acknowledges it, so the sender stops retrying, and records why.
 */
export interface IgnoredDelivery {
  readonly kind: "ignored";
  /** One line: why nothing was taken from it. */
  readonly reason: string;
}

/**
 * What a payload mapper made of one delivery. Every delivery is accounted for: responses (and per-item
 * rejections for a batch), a rejection of the whole delivery with a reason, or an explicit "ignored" with a
 * reason — never silence.
 */
export type WebhookMapping = MappedDelivery | RejectedDelivery | IgnoredDelivery;
