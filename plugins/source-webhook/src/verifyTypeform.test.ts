import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { verifyTypeform } from "./verifyTypeform.js";

// Recorded with OpenSSL, independently of Node:
//   printf %s '{"event_id":"01HTF","event_type":"form_response"}' \
//     | openssl dgst -sha256 -hmac 'typeform-npskit-secret' -binary | base64
const RECORDED = {
  secret: "typeform-npskit-secret",
  body: '{"event_id":"01HTF","event_type":"form_response"}',
  header: "sha256=1EW9zD2hW46wP8mev+dqmQekwoCOwIJOSqPuZAZqs18=",
};

const fixture = readFileSync(new URL("../test/fixtures/typeform-form-response.json", import.meta.url));

function sign(secret: string, payload: Uint8Array): string {
  return `sha256=${createHmac("sha256", secret).update(payload).digest("base64")}`;
}

describe("verifyTypeform", () => {
  it("accepts the OpenSSL-recorded vector", () => {
    const headers = { "typeform-signature": RECORDED.header };
    expect(verifyTypeform({ secret: RECORDED.secret, headers, body: Buffer.from(RECORDED.body) })).toEqual({
      ok: true,
    });
  });

  it("accepts the fixture payload signed by an independent signer, over its exact bytes", () => {
    const headers = { "Typeform-Signature": sign("s3cret", fixture) };
    expect(verifyTypeform({ secret: "s3cret", headers, body: fixture })).toEqual({ ok: true });
    // Re-serializing the parsed JSON changes the bytes, and so the signature: verify before parsing.
    const reserialized = Buffer.from(JSON.stringify(JSON.parse(fixture.toString("utf8"))));
    expect(verifyTypeform({ secret: "s3cret", headers, body: reserialized }).ok).toBe(false);
  });

  it.each<[string, Record<string, string>]>([
    ["typeform-signature", { "typeform-signature": RECORDED.header }],
    ["Typeform-Signature", { "Typeform-Signature": RECORDED.header }],
    ["TYPEFORM-SIGNATURE", { "TYPEFORM-SIGNATURE": RECORDED.header }],
  ])("reads the header as %s", (_name, headers) => {
    expect(verifyTypeform({ secret: RECORDED.secret, headers, body: Buffer.from(RECORDED.body) })).toEqual({
      ok: true,
    });
  });

  it.each<[string, { secret?: string; body?: string; header?: string | undefined }, string]>([
    ["a wrong secret", { secret: "other-secret" }, "Typeform-Signature does not match the body"],
    [
      "one byte of the body changed",
      { body: RECORDED.body.replace("01HTF", "01HTG") },
      "Typeform-Signature does not match the body",
    ],
    [
      "the body truncated",
      { body: RECORDED.body.slice(0, -1) },
      "Typeform-Signature does not match the body",
    ],
    [
      "a truncated signature",
      { header: RECORDED.header.slice(0, -8) },
      "Typeform-Signature does not match the body",
    ],
    ["a missing header", { header: undefined }, "missing Typeform-Signature header"],
    ["an empty header", { header: "" }, "missing Typeform-Signature header"],
    [
      "no sha256= prefix",
      { header: RECORDED.header.slice("sha256=".length) },
      "Typeform-Signature is not of the form sha256=<base64>",
    ],
    [
      "a sha1= prefix",
      { header: RECORDED.header.replace("sha256", "sha1") },
      "Typeform-Signature is not of the form sha256=<base64>",
    ],
    ["a hex digest", { header: `sha256=${"ab".repeat(32)}` }, "Typeform-Signature does not match the body"],
    ["invalid base64", { header: "sha256=not base64!" }, "Typeform-Signature is not valid base64"],
  ])("rejects %s", (_name, change, reason) => {
    const header = "header" in change ? change.header : RECORDED.header;
    const result = verifyTypeform({
      secret: change.secret ?? RECORDED.secret,
      headers: header === undefined ? {} : { "typeform-signature": header },
      body: Buffer.from(change.body ?? RECORDED.body),
    });
    expect(result).toEqual({ ok: false, reason });
  });

  it("throws NPSKIT_E_INVALID_ARGUMENT for an empty secret or a string body", () => {
    const headers = { "typeform-signature": RECORDED.header };
    expect(() => verifyTypeform({ secret: "", headers, body: Buffer.from(RECORDED.body) })).toThrow(
      expect.objectContaining({ code: "NPSKIT_E_INVALID_ARGUMENT" }),
    );
    expect(() =>
      verifyTypeform({ secret: RECORDED.secret, headers, body: RECORDED.body as unknown as Uint8Array }),
    ).toThrow(expect.objectContaining({ code: "NPSKIT_E_INVALID_ARGUMENT" }));
  });
});
