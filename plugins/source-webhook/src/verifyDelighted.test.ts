import { describe, expect, it } from "vitest";
import { verifyDelighted } from "./verifyDelighted.js";

// Vector recorded with OpenSSL:
//   printf '%s' '{"event_type":"survey_response.created"}' | openssl dgst -sha256 -hmac delighted-key
const body = Buffer.from('{"event_type":"survey_response.created"}');
const SIGNATURE = "069070c20ee4d20fe55daaef1a54c012ea17ca72934f9c827db01f06534f07d4";

describe("verifyDelighted", () => {
  it("accepts the recorded vector, in any header case", () => {
    expect(
      verifyDelighted({
        apiKey: "delighted-key",
        headers: { "X-Delighted-Webhook-Signature": SIGNATURE },
        body,
      }),
    ).toEqual({ ok: true });
  });

  it.each([
    ["header missing", {}, "missing X-Delighted-Webhook-Signature header"],
    [
      "not hex",
      { "x-delighted-webhook-signature": "zz" },
      "X-Delighted-Webhook-Signature is not a hex SHA-256 digest",
    ],
    [
      "forged",
      { "x-delighted-webhook-signature": "0".repeat(64) },
      "X-Delighted-Webhook-Signature does not match the body",
    ],
  ])("refuses %s", (_, headers, reason) => {
    expect(verifyDelighted({ apiKey: "delighted-key", headers, body })).toEqual({ ok: false, reason });
  });

  it("refuses the right signature with the wrong key, and a truncated body", () => {
    const headers = { "x-delighted-webhook-signature": SIGNATURE };
    expect(verifyDelighted({ apiKey: "other-key", headers, body }).ok).toBe(false);
    expect(verifyDelighted({ apiKey: "delighted-key", headers, body: body.subarray(0, 10) }).ok).toBe(false);
  });
});
