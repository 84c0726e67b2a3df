import { describe, expect, it } from "vitest";
import { standardWebhookKey } from "./standardWebhookKey.js";

// Expected keys decoded independently: printf %s MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw | base64 -d | xxd -p
describe("standardWebhookKey", () => {
  it.each<[string, string]>([
    ["whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "31f290f6bf06298aab4f08d43c3f082cf648a362da2da4b0"],
    ["MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "31f290f6bf06298aab4f08d43c3f082cf648a362da2da4b0"],
    ["whsec_aGk", "6869"],
    ["whsec_aGk=", "6869"],
  ])("decodes %s", (secret, hex) => {
    expect(Buffer.from(standardWebhookKey(secret)).toString("hex")).toBe(hex);
  });

  it.each(["", "whsec_", "whsec_a", "whsec_***", "whsec_aGk=="])(
    "refuses %j with NPSKIT_E_INVALID_ARGUMENT",
    (secret) => {
      expect(() => standardWebhookKey(secret)).toThrow(
        expect.objectContaining({ code: "NPSKIT_E_INVALID_ARGUMENT" }),
      );
    },
  );
});
