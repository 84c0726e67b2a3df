import { InvalidArgumentError } from "@npskit/core";
import { decodeBase64 } from "./decodeBase64.js";

/**
 * The HMAC key of a Standard Webhooks secret: the base64 after the `whsec_` prefix, decoded (the prefix is
 * optional; unpadded base64 is accepted). A secret that does not decode is a configuration mistake, so it
 * throws `InvalidArgumentError` (`NPSKIT_E_INVALID_ARGUMENT`) — with a message that never repeats the secret.
 *
 * @example
 * standardWebhookKey("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").length // 24 (bytes)
 */
export function standardWebhookKey(secret: string): Uint8Array {
  if (typeof secret !== "string" || secret === "") {
    throw new InvalidArgumentError("Standard Webhooks secret is empty: expected whsec_ followed by base64");
  }
  const key = decodeBase64(secret.startsWith("whsec_") ? secret.slice("whsec_".length) : secret);
  if (key === undefined || key.length === 0) {
    throw new InvalidArgumentError(
      "Standard Webhooks secret is not valid: expected whsec_ followed by base64 (the secret is not shown)",
    );
  }
  return key;
}
