import { createHmac } from "node:crypto";
import { InvalidArgumentError } from "@npskit/core";
import { assertRawBody } from "./assertRawBody.js";
import { constantTimeEqual } from "./constantTimeEqual.js";
import { decodeBase64 } from "./decodeBase64.js";
import { standardWebhookKey } from "./standardWebhookKey.js";
import type { Verification } from "./verification.js";
import { headerValue, type WebhookHeaders } from "./webhookHeaders.js";

/** What {@link verifyStandardWebhook} checks. */
export interface StandardWebhookInput {
  /** The endpoint's signing secret, `whsec_` followed by base64 (as the sender shows it). */
  readonly secret: string;
  /** The request headers: `webhook-id`, `webhook-timestamp`, `webhook-signature` (or their `svix-*` aliases). */
  readonly headers: WebhookHeaders;
  /** The request body exactly as received, before any parsing. */
  readonly body: Uint8Array;
  /** The current time in seconds since the Unix epoch; injected so that checks are reproducible. */
  readonly now: number;
  /** How far the delivery's timestamp may be from `now`, in seconds, either way. @default 300 */
  readonly toleranceSeconds?: number;
}

/** The spec's default: 5 minutes either way. */
export const STANDARD_WEBHOOK_TOLERANCE_SECONDS = 300;

const TIMESTAMP = /^[0-9]{1,15}$/;

/**
 * Verifies a delivery signed per [Standard Webhooks](https://www.standardwebhooks.com/) (also Svix):
 * HMAC-SHA256 over `${webhook-id}.${webhook-timestamp}.${body}`, keyed by the base64-decoded secret after
 * `whsec_`. `webhook-signature` is a space-separated list of `version,base64`; any `v1` entry may match, and
 * other versions are ignored. The timestamp must be within `toleranceSeconds` of `now` either way, which
 * bounds replays; the `webhook-id` is the idempotency key the store deduplicates on.
 *
 * Header names match in any case. If no `webhook-*` header is present, the `svix-*` names are read instead.
 * Every presented `v1` signature is compared in constant time, and all of them are compared (no early exit).
 *
 * @example
 * // The spec's published vector:
 * verifyStandardWebhook({
 *   secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
 *   headers: {
 *     "webhook-id": "msg_p5jXN8AQM9LWM0D4loKWxJek",
 *     "webhook-timestamp": "1614265330",
 *     "webhook-signature": "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
 *   },
 *   body: Buffer.from('{"test": 2432232314}'),
 *   now: 1614265330,
 * }) // { ok: true }
 */
export function verifyStandardWebhook(input: StandardWebhookInput): Verification {
  const { headers, body, now } = input;
  const tolerance = input.toleranceSeconds ?? STANDARD_WEBHOOK_TOLERANCE_SECONDS;
  assertRawBody(body, "verifyStandardWebhook");
  if (!Number.isFinite(now))
    throw new InvalidArgumentError(`verifyStandardWebhook: now must be a number of seconds`);
  if (!Number.isFinite(tolerance) || tolerance < 0) {
    throw new InvalidArgumentError("verifyStandardWebhook: toleranceSeconds must be a number ≥ 0");
  }
  const key = keyOf(input.secret);

  const prefix = headerFamily(headers);
  const values: string[] = [];
  for (const name of ["id", "timestamp", "signature"]) {
    const header = `${prefix}-${name}`;
    const lookup = headerValue(headers, header);
    if (!lookup.ok) return lookup;
    if (lookup.value === undefined || lookup.value.trim() === "") {
      return { ok: false, reason: `missing ${header} header` };
    }
    values.push(lookup.value.trim());
  }
  const [id = "", timestamp = "", signatures = ""] = values;

  if (!TIMESTAMP.test(timestamp)) {
    return { ok: false, reason: `${prefix}-timestamp is not a whole number of seconds` };
  }
  const age = now - Number(timestamp);
  if (age > tolerance) {
    return {
      ok: false,
      reason: `timestamp is ${Math.round(age)} s old, beyond the ${tolerance} s tolerance`,
    };
  }
  if (-age > tolerance) {
    return {
      ok: false,
      reason: `timestamp is ${Math.round(-age)} s in the future, beyond the ${tolerance} s tolerance`,
    };
  }

  const expected = createHmac("sha256", key).update(`${id}.${timestamp}.`).update(body).digest();
  let candidates = 0;
  let matched = false;
  for (const entry of signatures.split(" ")) {
    const comma = entry.indexOf(",");
    // Other versions (v1a: asymmetric signatures) and malformed entries are not ours to judge: skip them.
    if (comma < 0 || entry.slice(0, comma) !== "v1") continue;
    candidates += 1;
    const presented = decodeBase64(entry.slice(comma + 1));
    // No early exit: every v1 signature is compared, so timing does not tell which one (if any) matched.
    if (presented !== undefined && constantTimeEqual(presented, expected)) matched = true;
  }
  if (candidates === 0) return { ok: false, reason: `${prefix}-signature has no v1 signature` };
  if (!matched) {
    return {
      ok: false,
      reason:
        candidates === 1
          ? "the v1 signature does not match the body"
          : `none of the ${candidates} v1 signatures matches the body`,
    };
  }
  return { ok: true };
}

// The receiver verifies every delivery of an endpoint with the same secret: its key is decoded once, not per
// request. A few secrets at most are in use at a time (one per endpoint, two while one is being rotated).
const keys = new Map<string, Uint8Array>();

function keyOf(secret: string): Uint8Array {
  let key = keys.get(secret);
  if (key === undefined) {
    key = standardWebhookKey(secret);
    if (keys.size >= 16) keys.clear();
    keys.set(secret, key);
  }
  return key;
}

// Svix sends the same scheme under svix-* names; a request with any webhook-* header is read as webhook-*.
function headerFamily(headers: WebhookHeaders): "webhook" | "svix" {
  for (const name of ["webhook-id", "webhook-timestamp", "webhook-signature"]) {
    const lookup = headerValue(headers, name);
    if (!lookup.ok || lookup.value !== undefined) return "webhook";
  }
  for (const name of ["svix-id", "svix-timestamp", "svix-signature"]) {
    const lookup = headerValue(headers, name);
    if (!lookup.ok || lookup.value !== undefined) return "svix";
  }
  return "webhook";
}
