import { createHmac } from "node:crypto";
import { InvalidArgumentError } from "@npskit/core";
import { assertRawBody } from "./assertRawBody.js";
import { constantTimeEqual } from "./constantTimeEqual.js";
import { decodeBase64 } from "./decodeBase64.js";
import type { Verification } from "./verification.js";
import { headerValue, type WebhookHeaders } from "./webhookHeaders.js";

/** What {@link verifyTypeform} checks. */
export interface TypeformVerificationInput {
  /** The secret set on the Typeform webhook. */
  readonly secret: string;
  /** The request headers; `Typeform-Signature` is read in any case. */
  readonly headers: WebhookHeaders;
  /** The request body exactly as received, before any parsing. */
  readonly body: Uint8Array;
}

/**
 * Verifies a Typeform webhook delivery: `Typeform-Signature: sha256=<base64>`, the HMAC-SHA256 of the raw body
 * keyed by the webhook's secret (its UTF-8 bytes). The comparison is constant-time. Typeform signs no
 * timestamp, so replays are stopped only by deduplicating on `event_id`.
 *
 * @example
 * verifyTypeform({ secret: "s3cret", headers: { "typeform-signature": "sha256=…" }, body }) // { ok: true }
 */
export function verifyTypeform(input: TypeformVerificationInput): Verification {
  const { secret, headers, body } = input;
  assertRawBody(body, "verifyTypeform");
  if (typeof secret !== "string" || secret === "") {
    throw new InvalidArgumentError("verifyTypeform: the Typeform webhook secret is empty");
  }
  const lookup = headerValue(headers, "typeform-signature");
  if (!lookup.ok) return lookup;
  const header = lookup.value?.trim();
  if (header === undefined || header === "")
    return { ok: false, reason: "missing Typeform-Signature header" };
  if (!header.startsWith("sha256=")) {
    return { ok: false, reason: "Typeform-Signature is not of the form sha256=<base64>" };
  }
  const presented = decodeBase64(header.slice("sha256=".length));
  if (presented === undefined) return { ok: false, reason: "Typeform-Signature is not valid base64" };
  const expected = createHmac("sha256", secret).update(body).digest();
  if (!constantTimeEqual(presented, expected)) {
    return { ok: false, reason: "Typeform-Signature does not match the body" };
  }
  return { ok: true };
}
