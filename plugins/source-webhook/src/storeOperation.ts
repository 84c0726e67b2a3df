import type { SurveyMonkeyFetchJob } from "./surveyMonkeyFetchJob.js";
import type { ItemRejection, MappedResponse } from "./webhookMapping.js";

/** Which endpoint a delivery came in on: the namespace of its event ids and response ids. */
export type WebhookSender = "generic" | "standard" | "typeform" | "surveymonkey" | "delighted";

/** The endpoints the receiver serves, one per sender. */
export const WEBHOOK_SENDERS: readonly WebhookSender[] = [
  "generic",
  "standard",
  "typeform",
  "surveymonkey",
  "delighted",
];

/** Identifies a delivery: the sender and its event id (the idempotency key). */
export interface DeliveryKey {
  readonly sender: WebhookSender;
  /** The sender's event id, or `sha256:<hex of the body>` when the delivery carries none. */
  readonly eventId: string;
  readonly receivedAtMs: number;
}

/**
 * One change to the store, committed with others in a group commit. One that fails does not cost the others
 * their commit (see `storeWriter`).
 */
export type StoreOperation =
  /** A verified delivery with responses (and, for a batch, the items that were rejected). */
  | (DeliveryKey & {
      readonly kind: "accept";
      readonly responses: readonly MappedResponse[];
      readonly rejected: readonly ItemRejection[];
    })
  /** A verified delivery that carries no response by design; recorded so its redelivery is a duplicate. */
  | (DeliveryKey & { readonly kind: "ignore"; readonly reason: string })
  /** A verified SurveyMonkey event: the response is fetched later, from the persisted job. */
  | (DeliveryKey & { readonly kind: "enqueueFetch"; readonly job: SurveyMonkeyFetchJob })
  /**
   * An authenticated delivery whose payload is refused (not JSON, or not usable): recorded as a rejected
   * delivery, so a redelivery is recognised and the source can account for it, and its raw body quarantined.
   */
  | (DeliveryKey & {
      readonly kind: "reject";
      /** The HTTP status the delivery was refused with. */
      readonly status: 400 | 422;
      /** Why, in one line: the delivery's record keeps it as is, the quarantine row with the status before it. */
      readonly reason: string;
      readonly headers: Readonly<Record<string, string>>;
      readonly body: Uint8Array;
    })
  /** A delivery refused before it was authenticated (bad signature), kept for the operator (bounded). */
  | {
      readonly kind: "quarantine";
      readonly sender: string;
      readonly receivedAtMs: number;
      readonly reason: string;
      readonly headers: Readonly<Record<string, string>>;
      readonly body: Uint8Array;
    }
  /** A fetch job that got its response: stores the responses and closes the job. */
  | {
      readonly kind: "completeFetch";
      readonly jobId: number;
      readonly responses: readonly MappedResponse[];
      readonly outcome: string;
    }
  /** A fetch that failed: try again at `nextAttemptAtMs`, or give up (`nextAttemptAtMs` null). */
  | {
      readonly kind: "failFetch";
      readonly jobId: number;
      readonly error: string;
      readonly nextAttemptAtMs: number | null;
    };

/** What the store made of an operation. */
export interface StoreResult {
  /** The delivery's event id was already stored: nothing changed. */
  readonly duplicate: boolean;
  /** Responses written (new, or newer than the stored version). */
  readonly stored: number;
  /** Responses not written because the store already holds a newer version. */
  readonly stale: number;
}
