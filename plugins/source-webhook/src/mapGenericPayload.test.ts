import { describe, expect, it } from "vitest";
import { mapGenericPayload } from "./mapGenericPayload.js";
import { parseJsonBody } from "./parseJsonBody.js";

const one = { id: "r-1", score: 9, submittedAt: "2026-10-31T22:30:00Z" };
const at = Date.parse("2026-10-31T22:30:00Z");

describe("mapGenericPayload", () => {
  it("maps one response in the core format, versioned by submittedAt", () => {
    expect(mapGenericPayload({ ...one, comment: "Great", segments: { plan: "pro" } })).toEqual({
      kind: "responses",
      responses: [{ response: { ...one, comment: "Great", segments: { plan: "pro" } }, updatedAtMs: at }],
      rejected: [],
    });
  });

  it("keeps an unanswered response (score null) as a response", () => {
    expect(mapGenericPayload({ ...one, score: null })).toMatchObject({
      kind: "responses",
      responses: [{ response: { score: null } }],
    });
  });

  it("maps a batch, keeping valid items and listing each invalid one with its pointer", () => {
    const result = mapGenericPayload({
      responses: [
        one,
        { ...one, id: "r-2", score: 11 },
        { ...one, id: "r-3", scroe: 1 },
        "nope",
        { ...one, id: "r-5" },
      ],
    });
    expect(result).toEqual({
      kind: "responses",
      responses: [
        { response: one, updatedAtMs: at },
        { response: { ...one, id: "r-5" }, updatedAtMs: at },
      ],
      rejected: [
        { pointer: "/responses/1", reason: "/score: must be an integer from 0 to 10, or null (got 11)" },
        { pointer: "/responses/2", reason: '/scroe: is not a known property (did you mean "score"?)' },
        { pointer: "/responses/3", reason: 'record must be an object (got "nope")' },
      ],
    });
  });

  it("accounts for every item of a batch where none is valid", () => {
    const result = mapGenericPayload({ responses: [{}, { id: "x" }] });
    expect(result).toMatchObject({ kind: "responses", responses: [] });
    expect(result.kind === "responses" && result.rejected.map((item) => item.pointer)).toEqual([
      "/responses/0",
      "/responses/1",
    ]);
  });

  it.each<[string, unknown, string]>([
    [
      "an invalid single response",
      { ...one, score: "9" },
      "/score: must be an integer from 0 to 10, or null",
    ],
    ["an array", [one], 'a JSON array is not accepted: send one response or {"responses": [...]}'],
    ["a string", "hello", 'payload must be a JSON object (got "hello")'],
    ["null", null, "payload must be a JSON object (got null)"],
    [
      "a batch with other keys",
      { responses: [one], source: "x" },
      'a batch has only the key "responses" (also found ["source"])',
    ],
    ["responses that is not an array", { responses: { 0: one } }, '/responses must be an array (got {"0":'],
    ["an empty batch", { responses: [] }, "/responses is empty: the batch carries no response"],
  ])("rejects %s as a whole", (_name, payload, reason) => {
    const result = mapGenericPayload(payload);
    expect(result.kind).toBe("rejected");
    expect(result.kind === "rejected" && result.reason).toContain(reason);
  });

  it("fills source only where the response names none", () => {
    const result = mapGenericPayload(
      { responses: [one, { ...one, id: "r-2", source: "crm" }] },
      { source: "webhook:generic" },
    );
    expect(result.kind === "responses" && result.responses.map((item) => item.response.source)).toEqual([
      "webhook:generic",
      "crm",
    ]);
  });

  it("rejects an own __proto__ key from JSON instead of merging it", () => {
    const parsed = parseJsonBody(
      Buffer.from(`{"id":"1","score":9,"submittedAt":"2026-10-31T22:30:00Z","__proto__":{"x":1}}`),
    );
    expect(parsed.ok).toBe(true);
    const result = mapGenericPayload(parsed.ok ? parsed.value : undefined, { source: "s" });
    expect(result).toMatchObject({ kind: "rejected", reason: expect.stringContaining("__proto__") });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it("keeps reasons to one bounded line", () => {
    const result = mapGenericPayload({
      ...one,
      id: "",
      score: 99,
      comment: 5,
      submittedAt: "x\ny",
      extra1: 1,
      extra2: 2,
    });
    expect(result.kind).toBe("rejected");
    const reason = result.kind === "rejected" ? result.reason : "";
    expect(reason).not.toMatch(/[\n\r]/);
    expect(reason.length).toBeLessThanOrEqual(500);
  });
});
