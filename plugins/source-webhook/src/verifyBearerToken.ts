import { createHash, timingSafeEqual } from "node:crypto";
import { InvalidArgumentError } from "@npskit/core";
import type { Verification } from "./verification.js";
import { headerValue, type WebhookHeaders } from "./webhookHeaders.js";

/**
 * Checks `Authorization: Bearer <token>` against the configured token — the check of the `generic`
 * endpoint, for scripts and pipelines that post npskit responses themselves. Both sides are hashed before the
 * constant-time compare, so neither the token's length nor its content leaks through timing.
 *
 * @example
 * verifyBearerToken("s3cret", { authorization: "Bearer s3cret" }) // { ok: true }
 */
export function verifyBearerToken(token: string, headers: WebhookHeaders): Verification {
  if (typeof token !== "string" || token === "") {
    throw new InvalidArgumentError("verifyBearerToken: the token is empty");
  }
  const lookup = headerValue(headers, "authorization");
  if (!lookup.ok) return lookup;
  const match = /^Bearer +(\S+) *$/i.exec(lookup.value ?? "");
  if (lookup.value === undefined) return { ok: false, reason: "missing Authorization header" };
  if (match?.[1] === undefined) return { ok: false, reason: "Authorization is not a Bearer token" };
  const digest = (text: string) => createHash("sha256").update(text).digest();
  if (!timingSafeEqual(digest(match[1]), digest(token))) {
    return { ok: false, reason: "the Bearer token is not the configured one" };
  }
  return { ok: true };
}
