import { createHash } from "node:crypto";
import { mapDelightedEvent } from "./mapDelightedEvent.js";
import { mapGenericPayload } from "./mapGenericPayload.js";
import { mapTypeformPayload } from "./mapTypeformPayload.js";
import { parseJsonBody } from "./parseJsonBody.js";
import type { StoreOperation, WebhookSender } from "./storeOperation.js";
import { surveyMonkeyFetchJob } from "./surveyMonkeyFetchJob.js";
import type { Verification } from "./verification.js";
import { verifyBearerToken } from "./verifyBearerToken.js";
import { verifyDelighted } from "./verifyDelighted.js";
import { verifyStandardWebhook } from "./verifyStandardWebhook.js";
import { verifySurveyMonkey } from "./verifySurveyMonkey.js";
import { verifyTypeform } from "./verifyTypeform.js";
import type { WebhookEndpoints } from "./webhookEndpoints.js";
import { headerValue, type WebhookHeaders } from "./webhookHeaders.js";
import type { WebhookMapping } from "./webhookMapping.js";

/** What to do with one delivery: store it (then 2xx), or refuse it with a status and quarantine it. */
export type DeliveryDecision =
  | {
      readonly action: "store";
      readonly operation: Extract<StoreOperation, { kind: "accept" | "ignore" | "enqueueFetch" }>;
    }
  /** A missing or bad signature: nothing about the delivery can be trusted, not even its event id. */
  | { readonly action: "refuse"; readonly status: 401; readonly reason: string }
  /** An authenticated delivery with an unusable payload: refused, but recorded under its event id. */
  | {
      readonly action: "reject";
      readonly status: 400 | 422;
      readonly reason: string;
      readonly eventId: string;
    };

/** One delivery as received. */
export interface IncomingDelivery {
  readonly sender: WebhookSender;
  readonly headers: WebhookHeaders;
  /** The raw body bytes. */
  readonly body: Uint8Array;
  readonly receivedAtMs: number;
}

/**
 * Decides what a delivery is, without I/O: the signature is checked over the raw bytes first (401 when it is
 * missing or wrong), then the body is parsed and mapped by the sender's mapper (400 for a body that is not
 * JSON, 422 for a payload refused as a whole). A usable delivery becomes the store operation — responses to
 * accept, an event to ignore, or a SurveyMonkey fetch to queue — keyed by the sender's event id, or by the
 * SHA-256 of the body when it carries none, so that a redelivery is recognised either way.
 *
 * @example
 * decideDelivery({ sender: "typeform", headers, body, receivedAtMs: Date.now() }, { typeform: { secret } })
 * // { action: "store", operation: { kind: "accept", sender: "typeform", eventId: "01JBZ…", responses: [...] } }
 */
export function decideDelivery(delivery: IncomingDelivery, endpoints: WebhookEndpoints): DeliveryDecision {
  const { sender, headers, body } = delivery;
  const verified = verify(delivery, endpoints);
  if (!verified.ok) return { action: "refuse", status: 401, reason: verified.reason };
  // Spelled out in each operation below: an object spread here cost more than the rest of the mapping.
  const { receivedAtMs } = delivery;
  const bodyHash = () => `sha256:${createHash("sha256").update(body).digest("hex")}`;
  let headerId: string | undefined;
  const idHeaders =
    sender === "generic" ? ["idempotency-key"] : sender === "standard" ? ["webhook-id", "svix-id"] : [];
  for (const name of idHeaders) {
    const lookup = headerValue(headers, name);
    if (lookup.ok && lookup.value !== undefined && lookup.value.trim() !== "") {
      headerId = lookup.value.trim();
      break;
    }
  }
  const parsed = parseJsonBody(body);
  if (!parsed.ok)
    return { action: "reject", status: 400, reason: parsed.reason, eventId: headerId ?? bodyHash() };

  if (sender === "surveymonkey") {
    const mapped = surveyMonkeyFetchJob(parsed.value);
    if (mapped.kind === "rejected") {
      return {
        action: "reject",
        status: 422,
        reason: mapped.reason,
        eventId: idOf(parsed.value) ?? bodyHash(),
      };
    }
    if (mapped.kind === "ignored") {
      return {
        action: "store",
        operation: { sender, receivedAtMs, kind: "ignore", eventId: bodyHash(), reason: mapped.reason },
      };
    }
    const eventId = mapped.job.eventId ?? bodyHash();
    return {
      action: "store",
      operation: { sender, receivedAtMs, kind: "enqueueFetch", eventId, job: mapped.job },
    };
  }

  let mapping: WebhookMapping;
  if (sender === "generic" || sender === "standard") {
    const options = endpoints[sender]?.source;
    mapping = mapGenericPayload(parsed.value, options === undefined ? {} : { source: options });
  } else if (sender === "typeform") {
    mapping = mapTypeformPayload(parsed.value, endpoints.typeform ?? {});
  } else {
    const source = endpoints.delighted?.source;
    mapping = mapDelightedEvent(parsed.value, source === undefined ? {} : { source });
  }
  if (mapping.kind === "rejected") {
    const eventId = headerId ?? idOf(parsed.value) ?? bodyHash();
    return { action: "reject", status: 422, reason: mapping.reason, eventId };
  }
  const eventId = headerId ?? (mapping.kind === "responses" ? mapping.eventId : undefined) ?? bodyHash();
  if (mapping.kind === "ignored") {
    return {
      action: "store",
      operation: { sender, receivedAtMs, kind: "ignore", eventId, reason: mapping.reason },
    };
  }
  return {
    action: "store",
    operation: {
      sender,
      receivedAtMs,
      kind: "accept",
      eventId,
      responses: mapping.responses,
      rejected: mapping.rejected,
    },
  };
}

function verify(delivery: IncomingDelivery, endpoints: WebhookEndpoints): Verification {
  const { headers, body } = delivery;
  switch (delivery.sender) {
    case "generic":
      return endpoints.generic === undefined
        ? notServed()
        : verifyBearerToken(endpoints.generic.token, headers);
    case "standard": {
      const config = endpoints.standard;
      if (config === undefined) return notServed();
      return verifyStandardWebhook({
        secret: config.secret,
        headers,
        body,
        now: Math.floor(delivery.receivedAtMs / 1000),
        ...(config.toleranceSeconds !== undefined && { toleranceSeconds: config.toleranceSeconds }),
      });
    }
    case "typeform":
      return endpoints.typeform === undefined
        ? notServed()
        : verifyTypeform({ secret: endpoints.typeform.secret, headers, body });
    case "surveymonkey": {
      const config = endpoints.surveymonkey;
      return config === undefined
        ? notServed()
        : verifySurveyMonkey({ apiKeyOrClientId: config.apiKey, apiSecret: config.apiSecret, headers, body });
    }
    case "delighted":
      return endpoints.delighted === undefined
        ? notServed()
        : verifyDelighted({ apiKey: endpoints.delighted.apiKey, headers, body });
  }
}

// The sender's event id in a payload that could not be mapped (Typeform, Delighted, SurveyMonkey: event_id).
function idOf(payload: unknown): string | undefined {
  if (typeof payload !== "object" || payload === null) return undefined;
  const id = (payload as { event_id?: unknown }).event_id;
  return typeof id === "string" && id !== "" && id.length <= 200 ? id : undefined;
}

// The receiver answers 404 for an endpoint it does not serve before it gets here; this is the safe default.
function notServed(): Verification {
  return { ok: false, reason: "this endpoint is not configured" };
}
