import { createHmac } from "node:crypto";
import { InvalidArgumentError } from "@npskit/core";
import { assertRawBody } from "./assertRawBody.js";
import { constantTimeEqual } from "./constantTimeEqual.js";
import { decodeBase64 } from "./decodeBase64.js";
import type { Verification } from "./verification.js";
import { headerValue, type WebhookHeaders } from "./webhookHeaders.js";

/** What {@link verifySurveyMonkey} checks. */
export interface SurveyMonkeyVerificationInput {
  /** The app's API key (public apps) or client id (private apps); SurveyMonkey also sends it as `Sm-Apikey`. */
  readonly apiKeyOrClientId: string;
  /** The app's API secret (client secret). */
  readonly apiSecret: string;
  /** The request headers; `Sm-Signature` is read in any case. */
  readonly headers: WebhookHeaders;
  /** The request body exactly as received, before any parsing. */
  readonly body: Uint8Array;
}

/**
 * Verifies a SurveyMonkey webhook delivery: `Sm-Signature` is the base64 HMAC-SHA1 of the raw body, keyed by
 * `<api key or client id>&<api secret>`. The comparison is constant-time. (HMAC-SHA1 is what SurveyMonkey
 * sends; it remains a sound MAC even though SHA-1 collisions are practical.)
 *
 * @example
 * verifySurveyMonkey({ apiKeyOrClientId: "key", apiSecret: "secret", headers: { "sm-signature": "…" }, body })
 * // { ok: true }
 */
export function verifySurveyMonkey(input: SurveyMonkeyVerificationInput): Verification {
  const { apiKeyOrClientId, apiSecret, headers, body } = input;
  assertRawBody(body, "verifySurveyMonkey");
  if (typeof apiKeyOrClientId !== "string" || apiKeyOrClientId === "") {
    throw new InvalidArgumentError("verifySurveyMonkey: the API key or client id is empty");
  }
  if (typeof apiSecret !== "string" || apiSecret === "") {
    throw new InvalidArgumentError("verifySurveyMonkey: the API secret is empty");
  }
  const lookup = headerValue(headers, "sm-signature");
  if (!lookup.ok) return lookup;
  const header = lookup.value?.trim();
  if (header === undefined || header === "") return { ok: false, reason: "missing Sm-Signature header" };
  const presented = decodeBase64(header);
  if (presented === undefined) return { ok: false, reason: "Sm-Signature is not valid base64" };
  const expected = createHmac("sha1", `${apiKeyOrClientId}&${apiSecret}`).update(body).digest();
  if (!constantTimeEqual(presented, expected)) {
    return { ok: false, reason: "Sm-Signature does not match the body" };
  }
  return { ok: true };
}
