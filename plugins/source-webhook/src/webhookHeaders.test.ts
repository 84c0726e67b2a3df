import { describe, expect, it } from "vitest";
import { headerValue, type WebhookHeaders } from "./webhookHeaders.js";

describe("headerValue", () => {
  it.each<[string, WebhookHeaders, ReturnType<typeof headerValue>]>([
    ["lower case", { "webhook-id": "a" }, { ok: true, value: "a" }],
    ["Title-Case", { "Webhook-Id": "a" }, { ok: true, value: "a" }],
    ["absent", { other: "x" }, { ok: true, value: undefined }],
    ["undefined", { "webhook-id": undefined }, { ok: true, value: undefined }],
    ["a one-element array", { "webhook-id": ["a"] }, { ok: true, value: "a" }],
    ["an empty array", { "webhook-id": [] }, { ok: true, value: undefined }],
    [
      "two lines",
      { "webhook-id": ["a", "b"] },
      { ok: false, reason: "header webhook-id appears more than once" },
    ],
    [
      "two spellings",
      { "webhook-id": "a", "WEBHOOK-ID": "a" },
      { ok: false, reason: "header webhook-id appears more than once" },
    ],
    ["Fetch Headers", new Headers({ "Webhook-Id": "a" }), { ok: true, value: "a" }],
    ["Fetch Headers, absent", new Headers(), { ok: true, value: undefined }],
  ])("%s", (_name, headers, expected) => {
    expect(headerValue(headers, "webhook-id")).toEqual(expected);
  });
});
