import { describe, expect, it } from "vitest";
import { verifyBearerToken } from "./verifyBearerToken.js";

describe("verifyBearerToken", () => {
  it.each([
    [{ authorization: "Bearer s3cret" }, { ok: true }],
    [{ Authorization: "bearer s3cret" }, { ok: true }],
    [{}, { ok: false, reason: "missing Authorization header" }],
    [{ authorization: "Basic czNjcmV0" }, { ok: false, reason: "Authorization is not a Bearer token" }],
    [{ authorization: "Bearer s3cre" }, { ok: false, reason: "the Bearer token is not the configured one" }],
  ])("%j → %j", (headers, expected) => {
    expect(verifyBearerToken("s3cret", headers)).toEqual(expected);
  });
});
