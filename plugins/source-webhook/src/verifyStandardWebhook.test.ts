import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { verifyStandardWebhook } from "./verifyStandardWebhook.js";
import type { WebhookHeaders } from "./webhookHeaders.js";

// The vector published in the Standard Webhooks specification (and its reference libraries' tests).
const SPEC = {
  secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
  id: "msg_p5jXN8AQM9LWM0D4loKWxJek",
  timestamp: 1614265330,
  body: '{"test": 2432232314}',
  signature: "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
};

// Our own vector, recorded with OpenSSL (not Node), so the test does not check the code against itself:
//   KEYHEX=$(printf %s c2VjcmV0LWtleS1mb3ItbnBza2l0LXRlc3Rz | base64 -d | xxd -p -c 256)
//   printf %s 'msg_npskit_0001.1793491200.{"id":"r-1","score":9,"submittedAt":"2026-10-31T22:30:00Z"}' \
//     | openssl dgst -sha256 -mac HMAC -macopt hexkey:$KEYHEX -binary | base64
const OWN = {
  secret: "whsec_c2VjcmV0LWtleS1mb3ItbnBza2l0LXRlc3Rz",
  id: "msg_npskit_0001",
  timestamp: 1793491200,
  body: '{"id":"r-1","score":9,"submittedAt":"2026-10-31T22:30:00Z"}',
  signature: "v1,S7Y+a8tJKgGoZCUL7NQaLAQyeEcjHNAlh5qD58jM2zw=",
};

const body = Buffer.from(SPEC.body);

function specHeaders(overrides: Record<string, string | undefined> = {}): WebhookHeaders {
  return {
    "webhook-id": SPEC.id,
    "webhook-timestamp": String(SPEC.timestamp),
    "webhook-signature": SPEC.signature,
    ...overrides,
  };
}

function verify(headers: WebhookHeaders, options: { body?: Uint8Array; now?: number; secret?: string } = {}) {
  return verifyStandardWebhook({
    secret: options.secret ?? SPEC.secret,
    headers,
    body: options.body ?? body,
    now: options.now ?? SPEC.timestamp,
  });
}

// An independent signer: the test's own HMAC, to sign arbitrary cases.
function sign(secret: string, id: string, timestamp: number, payload: string): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  return `v1,${createHmac("sha256", key).update(`${id}.${timestamp}.${payload}`).digest("base64")}`;
}

describe("verifyStandardWebhook", () => {
  it("accepts the specification's published test vector", () => {
    expect(verify(specHeaders())).toEqual({ ok: true });
  });

  it("accepts our own OpenSSL-recorded vector, with an unpadded secret too", () => {
    const headers = {
      "webhook-id": OWN.id,
      "webhook-timestamp": String(OWN.timestamp),
      "webhook-signature": OWN.signature,
    };
    const own = { body: Buffer.from(OWN.body), now: OWN.timestamp };
    expect(verify(headers, { ...own, secret: OWN.secret })).toEqual({ ok: true });
    // 27 bytes encode to 36 characters with no padding; a secret without the prefix is accepted as well.
    expect(verify(headers, { ...own, secret: OWN.secret.slice("whsec_".length) })).toEqual({ ok: true });
  });

  it("agrees with an independent signer", () => {
    expect(sign(SPEC.secret, SPEC.id, SPEC.timestamp, SPEC.body)).toBe(SPEC.signature);
    const payload = '{"responses":[]}';
    const headers = specHeaders({ "webhook-signature": sign(SPEC.secret, SPEC.id, SPEC.timestamp, payload) });
    expect(verify(headers, { body: Buffer.from(payload) })).toEqual({ ok: true });
  });

  it("accepts a Uint8Array body and a Fetch Headers object", () => {
    const headers = new Headers(specHeaders() as Record<string, string>);
    expect(verify(headers, { body: new TextEncoder().encode(SPEC.body) })).toEqual({ ok: true });
  });

  it.each<[string, Record<string, string>]>([
    [
      "Title-Case",
      { "Webhook-Id": SPEC.id, "Webhook-Timestamp": "1614265330", "Webhook-Signature": SPEC.signature },
    ],
    [
      "UPPER CASE",
      { "WEBHOOK-ID": SPEC.id, "WEBHOOK-TIMESTAMP": "1614265330", "WEBHOOK-SIGNATURE": SPEC.signature },
    ],
    [
      "svix-* aliases",
      { "svix-id": SPEC.id, "svix-timestamp": "1614265330", "svix-signature": SPEC.signature },
    ],
    [
      "Svix-* in any case",
      { "Svix-Id": SPEC.id, "SVIX-TIMESTAMP": "1614265330", "svix-signature": SPEC.signature },
    ],
  ])("reads header names in any case: %s", (_name, headers) => {
    expect(verify(headers)).toEqual({ ok: true });
  });

  it.each<[string, string]>([
    ["the valid one last", `v1,${Buffer.alloc(32).toString("base64")} ${SPEC.signature}`],
    ["the valid one first", `${SPEC.signature} v1,${Buffer.alloc(32, 1).toString("base64")}`],
    ["beside other versions", `v1a,${Buffer.alloc(64).toString("base64")} ${SPEC.signature} v2,abc`],
    ["beside malformed entries", `garbage v1,!!! ${SPEC.signature}`],
    ["with doubled spaces", `v1,AAAA  ${SPEC.signature}`],
    [
      "beside a rotated secret's signature",
      `${sign("whsec_b2xkLXNlY3JldA==", SPEC.id, SPEC.timestamp, SPEC.body)} ${SPEC.signature}`,
    ],
  ])("accepts a list where one v1 signature matches: %s", (_name, signatures) => {
    expect(verify(specHeaders({ "webhook-signature": signatures }))).toEqual({ ok: true });
  });

  it.each<[string, { headers?: Record<string, string | undefined>; body?: string; secret?: string }, string]>(
    [
      ["wrong secret", { secret: "whsec_b2xkLXNlY3JldA==" }, "the v1 signature does not match the body"],
      [
        "one byte of the body changed",
        { body: '{"test": 2432232315}' },
        "the v1 signature does not match the body",
      ],
      ["a trailing newline added", { body: `${SPEC.body}\n` }, "the v1 signature does not match the body"],
      ["the body truncated", { body: SPEC.body.slice(0, -1) }, "the v1 signature does not match the body"],
      ["an empty body", { body: "" }, "the v1 signature does not match the body"],
      [
        "another message id",
        { headers: { "webhook-id": "msg_other" } },
        "the v1 signature does not match the body",
      ],
      [
        "a truncated signature",
        { headers: { "webhook-signature": SPEC.signature.slice(0, -6) } },
        "the v1 signature does not match the body",
      ],
      [
        "the signature in hex",
        {
          headers: {
            "webhook-signature": `v1,${Buffer.from(SPEC.signature.slice(3), "base64").toString("hex")}`,
          },
        },
        "the v1 signature does not match the body",
      ],
      [
        "two forged signatures",
        { headers: { "webhook-signature": `v1,${Buffer.alloc(32).toString("base64")} v1,AAAA` } },
        "none of the 2 v1 signatures matches the body",
      ],
      ["missing webhook-id", { headers: { "webhook-id": undefined } }, "missing webhook-id header"],
      [
        "missing webhook-timestamp",
        { headers: { "webhook-timestamp": undefined } },
        "missing webhook-timestamp header",
      ],
      [
        "missing webhook-signature",
        { headers: { "webhook-signature": undefined } },
        "missing webhook-signature header",
      ],
      [
        "an empty webhook-signature",
        { headers: { "webhook-signature": "  " } },
        "missing webhook-signature header",
      ],
      [
        "only another version",
        { headers: { "webhook-signature": SPEC.signature.replace("v1,", "v1a,") } },
        "webhook-signature has no v1 signature",
      ],
      [
        "a bare base64 signature without version",
        { headers: { "webhook-signature": SPEC.signature.slice(3) } },
        "webhook-signature has no v1 signature",
      ],
      [
        "a Stripe-style header",
        { headers: { "webhook-signature": "t=1614265330,v1=8368" } },
        "webhook-signature has no v1 signature",
      ],
      [
        "a timestamp in milliseconds",
        { headers: { "webhook-timestamp": "1614265330000" } },
        "timestamp is 1612651064670 s in the future, beyond the 300 s tolerance",
      ],
      [
        "a fractional timestamp",
        { headers: { "webhook-timestamp": "1614265330.5" } },
        "webhook-timestamp is not a whole number of seconds",
      ],
      [
        "a negative timestamp",
        { headers: { "webhook-timestamp": "-1" } },
        "webhook-timestamp is not a whole number of seconds",
      ],
    ],
  )("rejects %s", (_name, change, reason) => {
    const result = verify(specHeaders(change.headers), {
      body: change.body === undefined ? body : Buffer.from(change.body),
      ...(change.secret === undefined ? {} : { secret: change.secret }),
    });
    expect(result).toEqual({ ok: false, reason });
  });

  it.each<[number, boolean, string | undefined]>([
    [SPEC.timestamp + 300, true, undefined],
    [SPEC.timestamp - 300, true, undefined],
    [SPEC.timestamp + 301, false, "timestamp is 301 s old, beyond the 300 s tolerance"],
    [SPEC.timestamp - 301, false, "timestamp is 301 s in the future, beyond the 300 s tolerance"],
    [SPEC.timestamp + 86_400, false, "timestamp is 86400 s old, beyond the 300 s tolerance"],
  ])("with now = %i the spec vector verifies: %s", (now, ok, reason) => {
    expect(verify(specHeaders(), { now })).toEqual(ok ? { ok } : { ok, reason });
  });

  it("checks the timestamp before the signature: a replay of a valid delivery fails on age", () => {
    expect(verify(specHeaders(), { now: SPEC.timestamp + 3600 })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/old/),
    });
  });

  it("takes a configurable tolerance", () => {
    const input = { secret: SPEC.secret, headers: specHeaders(), body };
    expect(verifyStandardWebhook({ ...input, now: SPEC.timestamp + 600, toleranceSeconds: 600 })).toEqual({
      ok: true,
    });
    expect(verifyStandardWebhook({ ...input, now: SPEC.timestamp + 1, toleranceSeconds: 0 })).toEqual({
      ok: false,
      reason: "timestamp is 1 s old, beyond the 0 s tolerance",
    });
  });

  it("refuses a header sent twice", () => {
    const headers = { ...specHeaders(), "Webhook-Id": "msg_other" };
    expect(verify(headers)).toEqual({ ok: false, reason: "header webhook-id appears more than once" });
    expect(verify(specHeaders({ "webhook-id": undefined }) as Record<string, string>)).toMatchObject({
      ok: false,
    });
    const repeated = { ...specHeaders(), "webhook-signature": [SPEC.signature, SPEC.signature] };
    expect(verify(repeated)).toEqual({
      ok: false,
      reason: "header webhook-signature appears more than once",
    });
  });

  it("never puts the secret or a signature in a reason", () => {
    const cases = [
      verify(specHeaders(), { secret: "whsec_b2xkLXNlY3JldA==" }),
      verify(
        specHeaders({
          "webhook-signature": `v1,${Buffer.alloc(32).toString("base64")} ${SPEC.signature.replace("g0", "h0")}`,
        }),
      ),
    ];
    for (const result of cases) {
      expect(result.ok).toBe(false);
      const reason = result.ok ? "" : result.reason;
      expect(reason).not.toContain("b2xkLXNlY3JldA");
      expect(reason).not.toContain("MfKQ9r8");
      expect(reason).not.toContain("0hM9SsE");
      expect(reason).not.toContain("AAAAAAAA");
      expect(reason).not.toMatch(/\n/);
    }
  });

  it.each<[string, string]>([
    ["an empty secret", ""],
    ["a secret that is not base64", "whsec_not*base64!"],
    ["a prefix only", "whsec_"],
  ])("throws NPSKIT_E_INVALID_ARGUMENT for %s, without echoing it", (_name, secret) => {
    let error: unknown;
    try {
      verify(specHeaders(), { secret });
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ code: "NPSKIT_E_INVALID_ARGUMENT" });
    if (secret.length > 6) expect((error as Error).message).not.toContain(secret.slice(6));
  });

  it("throws when the body is not raw bytes, or now is not a number", () => {
    const input = { secret: SPEC.secret, headers: specHeaders(), now: SPEC.timestamp };
    expect(() => verifyStandardWebhook({ ...input, body: SPEC.body as unknown as Uint8Array })).toThrow(
      /body must be the raw request bytes/,
    );
    expect(() => verifyStandardWebhook({ ...input, body, now: Number.NaN })).toThrow(/now must be a number/);
    expect(() => verifyStandardWebhook({ ...input, body, toleranceSeconds: -1 })).toThrow(/toleranceSeconds/);
  });
});
