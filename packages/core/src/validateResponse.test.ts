import { describe, expect, it } from "vitest";
import { InvalidResponseError } from "./errors.js";
import type { SurveyResponse } from "./surveyResponse.js";
import { assertResponse, validateResponse } from "./validateResponse.js";

const BASE = { id: "1", score: 9, submittedAt: "2026-10-01T09:00:00Z" };

/** The issues of an invalid record as "pointer: message" lines. */
function problems(value: unknown): string[] {
  const result = validateResponse(value);
  if (result.valid) throw new Error(`expected ${JSON.stringify(value)} to be invalid`);
  return result.issues.map((issue) => `${issue.pointer}: ${issue.message}`);
}

describe("validateResponse", () => {
  it.each<[string, unknown]>([
    ["the required fields only", BASE],
    ["an unanswered score", { ...BASE, score: null }],
    ["score 0", { ...BASE, score: 0 }],
    ["score 10", { ...BASE, score: 10 }],
    ["an offset", { ...BASE, submittedAt: "2026-10-31T22:30:00.123+03:00" }],
    ["a negative offset and nanoseconds", { ...BASE, submittedAt: "2026-10-31T22:30:00.123456789-09:30" }],
    ["29 February in a leap year", { ...BASE, submittedAt: "2024-02-29T12:00:00Z" }],
    [
      "a comment, segments and drivers",
      {
        ...BASE,
        comment: "Отлично 👍",
        segments: { region: "APAC", "plan/tier": "pro" },
        drivers: { support: 4, price: null },
      },
    ],
    [
      "a respondent",
      {
        ...BASE,
        respondent: { email: "anna@example.com", name: "Anna", externalId: "c-1", consentToContact: true },
      },
    ],
    [
      "source, locale and meta",
      { ...BASE, source: "npskit:csv", locale: "ru-RU", meta: { anything: [1, { deep: true }] } },
    ],
    ["an empty segments map", { ...BASE, segments: {} }],
  ])("accepts %s", (_, value) => {
    expect(validateResponse(value)).toEqual({ valid: true, response: value });
  });

  it("returns the record itself when valid", () => {
    const value = { ...BASE };
    const result = validateResponse(value);
    expect(result.valid && result.response).toBe(value);
  });

  it.each<[string, unknown, string]>([
    ["score 11", { ...BASE, score: 11 }, "/score: must be an integer from 0 to 10, or null (got 11)"],
    ["score -1", { ...BASE, score: -1 }, "/score: must be an integer from 0 to 10, or null (got -1)"],
    ['score "9"', { ...BASE, score: "9" }, '/score: must be an integer from 0 to 10, or null (got "9")'],
    ["score 9.5", { ...BASE, score: 9.5 }, "/score: must be an integer from 0 to 10, or null (got 9.5)"],
    ["a missing score", { id: "1", submittedAt: BASE.submittedAt }, "/score: is required (for example 9)"],
    [
      "a missing submittedAt",
      { id: "1", score: 9 },
      '/submittedAt: is required (for example "2026-10-31T22:30:00Z")',
    ],
    [
      "a date without offset",
      { ...BASE, submittedAt: "2026-10-01T09:00:00" },
      '/submittedAt: must be a date-time with a time zone offset, like "2026-10-31T22:30:00Z" (got "2026-10-01T09:00:00")',
    ],
    [
      "2026-02-30",
      { ...BASE, submittedAt: "2026-02-30T09:00:00Z" },
      '/submittedAt: must be a date-time with a time zone offset, like "2026-10-31T22:30:00Z" (got "2026-02-30T09:00:00Z")',
    ],
    [
      "a date only",
      { ...BASE, submittedAt: "2026-10-01" },
      '/submittedAt: must be a date-time with a time zone offset, like "2026-10-31T22:30:00Z" (got "2026-10-01")',
    ],
    [
      "a timestamp number",
      { ...BASE, submittedAt: 1_790_000_000_000 },
      "/submittedAt: must be a string (got 1790000000000)",
    ],
    [
      "an unknown key close to a known one",
      { ...BASE, scroe: 9 },
      '/scroe: is not a known property (did you mean "score"?)',
    ],
    [
      "a snake_case key",
      { ...BASE, submitted_at: "2026-10-01T09:00:00Z" },
      '/submitted_at: is not a known property (did you mean "submittedAt"?)',
    ],
    [
      "an unknown key far from all",
      { ...BASE, xyzzy: 1 },
      "/xyzzy: is not a known property (known properties: id, score, submittedAt, comment, segments, drivers, respondent, source, locale, meta)",
    ],
    [
      "a respondent typo",
      { ...BASE, respondent: { emial: "anna@example.com" } },
      '/respondent/emial: is not a known property (did you mean "email"?)',
    ],
    [
      "a respondent key prefix",
      { ...BASE, respondent: { consent: true } },
      '/respondent/consent: is not a known property (did you mean "consentToContact"?)',
    ],
    [
      "a bad e-mail",
      { ...BASE, respondent: { email: "anna@example" } },
      '/respondent/email: must be an e-mail address, like "anna@example.com" (got "anna@example")',
    ],
    [
      "a bad locale",
      { ...BASE, locale: "russian_RU" },
      '/locale: has an unexpected form, like "ru-RU" (got "russian_RU")',
    ],
    [
      "an empty segment key",
      { ...BASE, segments: { "": "Europe" } },
      '/segments: has an invalid key "": keys must have 1 to 128 characters',
    ],
    [
      "a number as segment value",
      { ...BASE, segments: { region: 5 } },
      "/segments/region: must be a string (got 5)",
    ],
    [
      "a segment key with a slash (escaped pointer)",
      { ...BASE, segments: { "plan/tier": 1 } },
      "/segments/plan~1tier: must be a string (got 1)",
    ],
    [
      "a driver as text",
      { ...BASE, drivers: { support: "4" } },
      '/drivers/support: must be a number, or null (got "4")',
    ],
    [
      "consent as text",
      { ...BASE, respondent: { consentToContact: "yes" } },
      '/respondent/consentToContact: must be true or false (got "yes")',
    ],
    ["an empty id", { ...BASE, id: "" }, "/id: must not be empty"],
    ["a numeric id", { ...BASE, id: 7 }, "/id: must be a string (got 7)"],
    [
      "an array",
      [BASE],
      ': must be an object (got [{"id":"1","score":9,"submittedAt":"2026-10-01T09:00:00Z"}])',
    ],
    ["null", null, ": must be an object (got null)"],
    ["a string", "9", ': must be an object (got "9")'],
  ])("rejects %s", (_, value, issue) => {
    expect(problems(value)).toEqual([issue]);
  });

  it("reports every problem of a record, one per field", () => {
    expect(problems({ id: 5, score: 11, scroe: 3, respondent: { email: "no" } })).toMatchInlineSnapshot(`
      [
        "/submittedAt: is required (for example "2026-10-31T22:30:00Z")",
        "/scroe: is not a known property (did you mean "score"?)",
        "/id: must be a string (got 5)",
        "/score: must be an integer from 0 to 10, or null (got 11)",
        "/respondent/email: must be an e-mail address, like "anna@example.com" (got "no")",
      ]
    `);
  });

  it("cuts a long value short, keeping the message on one line", () => {
    const [issue] = problems({ ...BASE, score: "nine\nor\nten".repeat(20) });
    expect(issue).not.toContain("\n");
    expect(issue).toMatchInlineSnapshot(
      `"/score: must be an integer from 0 to 10, or null (got "nine\\nor\\ntennine\\nor\\ntennine\\nor\\ntennine\\nor\\ntennine...)"`,
    );
  });

  it("rejects a comment over 100,000 characters, saying how long it was", () => {
    expect(problems({ ...BASE, comment: "x".repeat(100_001) })).toEqual([
      "/comment: must have at most 100000 characters (got 100001)",
    ]);
  });

  it("can be called many times (the validator is compiled once and shared)", () => {
    for (let i = 0; i < 3; i++) {
      expect(validateResponse({ ...BASE, score: 11 }).valid).toBe(false);
      expect(validateResponse(BASE).valid).toBe(true);
    }
  });
});

describe("assertResponse", () => {
  it("passes a valid record and narrows its type", () => {
    const value: unknown = { ...BASE };
    assertResponse(value);
    const response: SurveyResponse = value;
    expect(response.score).toBe(9);
  });

  it("throws InvalidResponseError with the issues and the location", () => {
    let error: unknown;
    try {
      assertResponse({ ...BASE, score: 11, scroe: 1 }, { file: "responses.csv", line: 12 });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InvalidResponseError);
    const invalid = error as InvalidResponseError;
    expect(invalid.code).toBe("NPSKIT_E_INVALID_RESPONSE");
    expect(invalid.location).toEqual({ file: "responses.csv", line: 12 });
    expect(invalid.issues).toEqual([
      { pointer: "/scroe", message: 'is not a known property (did you mean "score"?)' },
      { pointer: "/score", message: "must be an integer from 0 to 10, or null (got 11)" },
    ]);
    expect(invalid.message).toMatchInlineSnapshot(
      `"/scroe: is not a known property (did you mean "score"?); /score: must be an integer from 0 to 10, or null (got 11)"`,
    );
  });

  it("leaves the location out when none is given", () => {
    expect(() => assertResponse(null)).toThrow(
      expect.objectContaining({
        code: "NPSKIT_E_INVALID_RESPONSE",
        location: undefined,
        message: "record must be an object (got null)",
      }),
    );
  });
});
