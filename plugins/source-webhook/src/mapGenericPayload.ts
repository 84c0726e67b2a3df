import { describeValue } from "./describeValue.js";
import { isPlainObject } from "./isPlainObject.js";
import { toMappedResponse } from "./toMappedResponse.js";
import type { ItemRejection, MappedResponse, WebhookMapping } from "./webhookMapping.js";

/** Options of {@link mapGenericPayload}. */
export interface GenericMappingOptions {
  /** Set as `source` on responses that do not name one. @default undefined (left as sent) */
  readonly source?: string;
}

/**
 * Maps a payload already in npskit's response format — the body of the `generic` and `standard` endpoints:
 * either one response (`{"id": …, "score": …, "submittedAt": …}`), or a batch `{"responses": [ … ]}`.
 *
 * - One response: valid → one mapped response; invalid → the delivery is rejected with every problem.
 * - A batch: each item is validated on its own; valid items are kept and each invalid one is listed with its
 *   pointer (`/responses/3`) and problems, so one bad row does not cost the others. A batch object with other
 *   keys, a `responses` that is not an array, or an empty batch are rejected as a whole.
 * - The version compared by the store (`updatedAtMs`) is `submittedAt`.
 *
 * @example
 * mapGenericPayload({ responses: [{ id: "1", score: 9, submittedAt: "2026-10-31T22:30:00Z" }, { id: "2" }] })
 * // { kind: "responses", responses: [{ response: { id: "1", … }, updatedAtMs: 1793485800000 }],
 * //   rejected: [{ pointer: "/responses/1", reason: "record must have required property \"score\"; …" }] }
 */
export function mapGenericPayload(payload: unknown, options: GenericMappingOptions = {}): WebhookMapping {
  if (Array.isArray(payload)) {
    return {
      kind: "rejected",
      reason: 'a JSON array is not accepted: send one response or {"responses": [...]}',
    };
  }
  if (!isPlainObject(payload)) {
    return { kind: "rejected", reason: `payload must be a JSON object (got ${describeValue(payload)})` };
  }
  if (!Object.hasOwn(payload, "responses")) {
    const one = mapOne(payload, options);
    return one.ok
      ? { kind: "responses", responses: [one.mapped], rejected: [] }
      : { kind: "rejected", reason: one.reason };
  }
  const extra = Object.keys(payload).filter((key) => key !== "responses");
  if (extra.length > 0) {
    return {
      kind: "rejected",
      reason: `a batch has only the key "responses" (also found ${describeValue(extra.slice(0, 5))})`,
    };
  }
  const items = payload.responses;
  if (!Array.isArray(items)) {
    return { kind: "rejected", reason: `/responses must be an array (got ${describeValue(items)})` };
  }
  if (items.length === 0)
    return { kind: "rejected", reason: "/responses is empty: the batch carries no response" };
  const responses: MappedResponse[] = [];
  const rejected: ItemRejection[] = [];
  items.forEach((item, index) => {
    const one = mapOne(item, options);
    if (one.ok) responses.push(one.mapped);
    else rejected.push({ pointer: `/responses/${index}`, reason: one.reason });
  });
  return { kind: "responses", responses, rejected };
}

function mapOne(item: unknown, options: GenericMappingOptions) {
  const candidate =
    options.source !== undefined && isPlainObject(item) && item.source === undefined
      ? { ...item, source: options.source }
      : item;
  const submittedAt = isPlainObject(item) && typeof item.submittedAt === "string" ? item.submittedAt : "";
  return toMappedResponse(candidate, Date.parse(submittedAt));
}
