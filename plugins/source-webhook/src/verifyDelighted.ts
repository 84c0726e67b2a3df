import { createHmac } from "node:crypto";
import { InvalidArgumentError } from "@npskit/core";
import { assertRawBody } from "./assertRawBody.js";
import { constantTimeEqual } from "./constantTimeEqual.js";
import type { Verification } from "./verification.js";
import { headerValue, type WebhookHeaders } from "./webhookHeaders.js";

/** What {@link verifyDelighted} checks. */
export interface DelightedVerificationInput {
  /** The API key the deliveries are signed with. */
  readonly apiKey: string;
  /** The request headers; `X-Delighted-Webhook-Signature` is read in any case. */
  readonly headers: WebhookHeaders;
  /** The request body exactly as received, before any parsing. */
  readonly body: Uint8Array;
}

const HEX = /^[0-9a-fA-F]{64}$/;

/**
 * Verifies a Delighted-style delivery: `X-Delighted-Webhook-Signature` is the hex HMAC-SHA256 of the raw body
 * keyed by the API key. Constant-time comparison; no timestamp is signed, so replays are stopped by the
 * store's deduplication on `event_id`.
 *
 * @example
 * verifyDelighted({ apiKey: "key", headers: { "x-delighted-webhook-signature": "6b3f…" }, body }) // { ok: true }
 */
export function verifyDelighted(input: DelightedVerificationInput): Verification {
  const { apiKey, headers, body } = input;
  assertRawBody(body, "verifyDelighted");
  if (typeof apiKey !== "string" || apiKey === "") {
    throw new InvalidArgumentError("verifyDelighted: the API key is empty");
  }
  const lookup = headerValue(headers, "x-delighted-webhook-signature");
  if (!lookup.ok) return lookup;
  const header = lookup.value?.trim();
  if (header === undefined || header === "") {
    return { ok: false, reason: "missing X-Delighted-Webhook-Signature header" };
  }
  if (!HEX.test(header)) {
    return { ok: false, reason: "X-Delighted-Webhook-Signature is not a hex SHA-256 digest" };
  }
  const expected = createHmac("sha256", apiKey).update(body).digest();
  if (!constantTimeEqual(Buffer.from(header, "hex"), expected)) {
    return { ok: false, reason: "X-Delighted-Webhook-Signature does not match the body" };
  }
  return { ok: true };
}
