import { describe, expect, it } from "vitest";
import { toMappedResponse } from "./toMappedResponse.js";

const base = { id: "1", score: 9, submittedAt: "2026-10-31T22:30:00Z" };

describe("toMappedResponse", () => {
  it.each<[string, unknown, boolean, ReturnType<typeof toMappedResponse>]>([
    ["a valid record", base, false, { ok: true, mapped: { response: base, updatedAtMs: 5 } }],
    [
      "an invalid score",
      { ...base, score: 12 },
      false,
      { ok: false, reason: "/score: must be an integer from 0 to 10, or null (got 12)" },
    ],
    [
      "a bad e-mail, strict",
      { ...base, respondent: { email: "xxxxx" } },
      false,
      { ok: false, reason: expect.stringMatching(/^\/respondent\/email: /) },
    ],
    [
      "a bad e-mail, lenient: dropped",
      { ...base, respondent: { email: "xxxxx" } },
      true,
      { ok: true, mapped: { response: base, updatedAtMs: 5 } },
    ],
    [
      "a bad e-mail beside a name, lenient: the name stays",
      { ...base, respondent: { email: "xxxxx", name: "Ann" } },
      true,
      { ok: true, mapped: { response: { ...base, respondent: { name: "Ann" } }, updatedAtMs: 5 } },
    ],
    [
      "a bad e-mail and a bad score, lenient: still rejected",
      { ...base, score: 12, respondent: { email: "xxxxx" } },
      true,
      { ok: false, reason: expect.stringContaining("/score:") },
    ],
  ])("%s", (_name, candidate, lenient, expected) => {
    expect(toMappedResponse(candidate, 5, lenient)).toEqual(expected);
  });

  it("rejects a version that is not a number", () => {
    expect(toMappedResponse(base, Number.NaN)).toEqual({
      ok: false,
      reason: "/submittedAt: cannot be read as a point in time",
    });
  });
});
