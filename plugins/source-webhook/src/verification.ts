/**
 * Outcome of a webhook signature check. A failed check says why in one line that is safe to store and log: it
 * never contains the secret, the expected signature or the signatures the sender presented.
 *
 * @example
 * const result = verifyTypeform({ secret, headers, body });
 * if (!result.ok) quarantine(body, result.reason); // e.g. "Typeform-Signature does not match the body"
 */
export type Verification = { readonly ok: true } | { readonly ok: false; readonly reason: string };
