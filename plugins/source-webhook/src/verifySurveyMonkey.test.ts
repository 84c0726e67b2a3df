import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { verifySurveyMonkey } from "./verifySurveyMonkey.js";

// Recorded with OpenSSL, independently of Node:
//   printf %s '{"event_type":"response_completed","object_id":"114392581839","resources":{"survey_id":"505420611"}}' \
//     | openssl dgst -sha1 -hmac 'sm_api_key_123&sm_api_secret_456' -binary | base64
const RECORDED = {
  apiKeyOrClientId: "sm_api_key_123",
  apiSecret: "sm_api_secret_456",
  body: '{"event_type":"response_completed","object_id":"114392581839","resources":{"survey_id":"505420611"}}',
  signature: "psR3GU3ME/wFN7CENC1Lj1gpYZc=",
};

function check(
  change: { key?: string; secret?: string; body?: string; headers?: Record<string, string> } = {},
) {
  return verifySurveyMonkey({
    apiKeyOrClientId: change.key ?? RECORDED.apiKeyOrClientId,
    apiSecret: change.secret ?? RECORDED.apiSecret,
    headers: change.headers ?? { "sm-signature": RECORDED.signature, "sm-apikey": RECORDED.apiKeyOrClientId },
    body: Buffer.from(change.body ?? RECORDED.body),
  });
}

describe("verifySurveyMonkey", () => {
  it("accepts the OpenSSL-recorded vector", () => {
    expect(check()).toEqual({ ok: true });
  });

  it("agrees with an independent signer keyed by key&secret", () => {
    const body = '{"event_type":"response_updated","object_id":"1"}';
    const signature = createHmac("sha1", "client-id&client-secret").update(body).digest("base64");
    expect(
      check({ key: "client-id", secret: "client-secret", body, headers: { "Sm-Signature": signature } }),
    ).toEqual({ ok: true });
  });

  it.each(["sm-signature", "Sm-Signature", "SM-SIGNATURE"])("reads the header as %s", (name) => {
    expect(check({ headers: { [name]: RECORDED.signature } })).toEqual({ ok: true });
  });

  it.each<[string, Parameters<typeof check>[0], string]>([
    ["a wrong API secret", { secret: "sm_api_secret_457" }, "Sm-Signature does not match the body"],
    ["a wrong API key", { key: "sm_api_key_124" }, "Sm-Signature does not match the body"],
    [
      "key and secret swapped",
      { key: RECORDED.apiSecret, secret: RECORDED.apiKeyOrClientId },
      "Sm-Signature does not match the body",
    ],
    [
      "one byte of the body changed",
      { body: RECORDED.body.replace("839", "838") },
      "Sm-Signature does not match the body",
    ],
    ["the body truncated", { body: RECORDED.body.slice(0, 40) }, "Sm-Signature does not match the body"],
    [
      "an HMAC-SHA256 signature",
      {
        headers: {
          "sm-signature": createHmac("sha256", "sm_api_key_123&sm_api_secret_456")
            .update(RECORDED.body)
            .digest("base64"),
        },
      },
      "Sm-Signature does not match the body",
    ],
    [
      "a missing header",
      { headers: { "sm-apikey": RECORDED.apiKeyOrClientId } },
      "missing Sm-Signature header",
    ],
    ["invalid base64", { headers: { "sm-signature": "%%%" } }, "Sm-Signature is not valid base64"],
  ])("rejects %s", (_name, change, reason) => {
    expect(check(change)).toEqual({ ok: false, reason });
  });

  it.each<[string, Parameters<typeof check>[0]]>([
    ["an empty API key", { key: "" }],
    ["an empty API secret", { secret: "" }],
  ])("throws NPSKIT_E_INVALID_ARGUMENT for %s", (_name, change) => {
    expect(() => check(change)).toThrow(expect.objectContaining({ code: "NPSKIT_E_INVALID_ARGUMENT" }));
  });
});
