import { createHmac } from "node:crypto";
import { standardWebhookKey } from "./standardWebhookKey.js";

/** The parts of a delivery a sender signs. */
export interface DeliveryToSign {
  /** The sender's secret: `whsec_…` for Standard Webhooks, the secret or API key otherwise. */
  readonly secret: string;
  /** The exact body bytes (or text, sent as UTF-8). */
  readonly body: Uint8Array | string;
}

/**
 * The signature headers a sender attaches, for scripts and tests that post to `npskit serve` the way the real
 * senders do. Each is the inverse of the matching `verify…` function.
 *
 * @example
 * signStandardWebhook({ secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", id: "msg_p5jXN8AQM9LWM0D4loKWxJek",
 *   timestamp: 1614265330, body: '{"test": 2432232314}' })
 * // { "webhook-id": "msg_p5jXN8AQM9LWM0D4loKWxJek", "webhook-timestamp": "1614265330",
 * //   "webhook-signature": "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=" }
 */
export function signStandardWebhook(
  delivery: DeliveryToSign & { readonly id: string; readonly timestamp: number },
): Record<string, string> {
  const mac = createHmac("sha256", standardWebhookKey(delivery.secret))
    .update(`${delivery.id}.${delivery.timestamp}.`)
    .update(delivery.body)
    .digest("base64");
  return {
    "webhook-id": delivery.id,
    "webhook-timestamp": String(delivery.timestamp),
    "webhook-signature": `v1,${mac}`,
  };
}

/** `Typeform-Signature: sha256=<base64 HMAC-SHA256 of the body>`. */
export function signTypeform(delivery: DeliveryToSign): Record<string, string> {
  return {
    "typeform-signature": `sha256=${createHmac("sha256", delivery.secret).update(delivery.body).digest("base64")}`,
  };
}

/** `Sm-Signature`: base64 HMAC-SHA1 of the body keyed by `apiKey&secret`; `Sm-Apikey` carries the key. */
export function signSurveyMonkey(
  delivery: DeliveryToSign & { readonly apiKey: string },
): Record<string, string> {
  const key = `${delivery.apiKey}&${delivery.secret}`;
  return {
    "sm-apikey": delivery.apiKey,
    "sm-signature": createHmac("sha1", key).update(delivery.body).digest("base64"),
  };
}

/** `X-Delighted-Webhook-Signature`: hex HMAC-SHA256 of the body keyed by the API key (`secret`). */
export function signDelighted(delivery: DeliveryToSign): Record<string, string> {
  return {
    "x-delighted-webhook-signature": createHmac("sha256", delivery.secret)
      .update(delivery.body)
      .digest("hex"),
  };
}
