import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { mapTypeformPayload } from "./mapTypeformPayload.js";
import { parseJsonBody } from "./parseJsonBody.js";

const bytes = readFileSync(new URL("../test/fixtures/typeform-form-response.json", import.meta.url));

interface Fixture {
  event_id: string;
  event_type: string;
  form_response: {
    token: string;
    hidden: Record<string, string>;
    definition: { fields: { id: string; ref: string; type: string }[] };
    answers: {
      type: string;
      number?: number;
      text?: string;
      field: { id: string; type: string; ref: string };
    }[];
    [key: string]: unknown;
  };
}

// A fresh copy for each test to change.
function fixture(): Fixture {
  const parsed = parseJsonBody(bytes);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value as Fixture;
}

function withAnswers(
  change: (answers: Fixture["form_response"]["answers"]) => Fixture["form_response"]["answers"],
) {
  const payload = fixture();
  payload.form_response.answers = change(payload.form_response.answers);
  return payload;
}

describe("mapTypeformPayload", () => {
  it("maps the documented form_response shape", () => {
    expect(mapTypeformPayload(fixture())).toEqual({
      kind: "responses",
      eventId: "01JBZ6M3F4N1Q8X2T7V5K9W0HD",
      responses: [
        {
          response: {
            id: "a3a12ec67a1365927098a606107fac15",
            score: 9,
            submittedAt: "2026-10-31T22:30:00Z",
            // The first long_text field of the definition ("reason"), not "anything_else".
            comment: "Fast support, clear reports.",
            // Hidden fields, without the empty one and without the e-mail.
            segments: { plan: "pro", region: "Europe" },
            respondent: { email: "anna@example.com" },
            source: "typeform",
          },
          updatedAtMs: Date.parse("2026-10-31T22:30:00Z"),
        },
      ],
      rejected: [],
    });
  });

  it.each<[string, string]>([
    ["by id", "DlXFaesGBpoF"],
    ["by ref", "nps_recommend"],
  ])("finds the NPS field %s", (_name, npsField) => {
    expect(mapTypeformPayload(fixture(), { npsField })).toMatchObject({
      responses: [{ response: { score: 9 } }],
    });
  });

  it.each<[string, string, string]>([
    ["by ref", "anything_else", "Please add a dark mode."],
    ["by id", "PNe8ZKBK8C2Q", "Please add a dark mode."],
  ])("takes the comment from a chosen field %s", (_name, commentField, comment) => {
    expect(mapTypeformPayload(fixture(), { commentField })).toMatchObject({
      responses: [{ response: { comment } }],
    });
  });

  it.each([0, 6, 7, 8, 10])("reads score %i", (score) => {
    const payload = withAnswers((answers) =>
      answers.map((answer) => (answer.field.type === "nps" ? { ...answer, number: score } : answer)),
    );
    expect(mapTypeformPayload(payload)).toMatchObject({ responses: [{ response: { score } }] });
  });

  it("maps a skipped NPS question to an unanswered response, and a skipped comment to none", () => {
    const payload = withAnswers((answers) =>
      answers.filter((answer) => answer.field.type !== "nps" && answer.field.ref !== "reason"),
    );
    const result = mapTypeformPayload(payload);
    expect(result).toMatchObject({ kind: "responses", responses: [{ response: { score: null } }] });
    // The default comment field is the first long_text field, even when another one was answered.
    expect(result.kind === "responses" && result.responses[0]?.response.comment).toBeUndefined();
  });

  it("chooses segments, and falls back to an email answer for the respondent", () => {
    const payload = fixture();
    delete payload.form_response.hidden.email;
    expect(mapTypeformPayload(payload, { segments: ["region"] })).toMatchObject({
      responses: [
        { response: { segments: { region: "Europe" }, respondent: { email: "anna.k@example.org" } } },
      ],
    });
  });

  it("drops a placeholder e-mail rather than the response", () => {
    const payload = fixture();
    payload.form_response.hidden.email = "xxxxx";
    payload.form_response.answers = payload.form_response.answers.filter((answer) => answer.type !== "email");
    const result = mapTypeformPayload(payload);
    expect(result).toMatchObject({ kind: "responses", responses: [{ response: { score: 9 } }] });
    expect(result.kind === "responses" && result.responses[0]?.response.respondent).toBeUndefined();
  });

  it("keeps a hidden field named __proto__ as data", () => {
    const payload = parseJsonBody(
      Buffer.from(bytes.toString("utf8").replace('"plan": "pro"', '"__proto__": "polluted", "plan": "pro"')),
    );
    const result = mapTypeformPayload(payload.ok ? payload.value : undefined);
    expect(result.kind === "responses" && Object.getPrototypeOf(result.responses[0]?.response.segments)).toBe(
      Object.prototype,
    );
    expect(
      result.kind === "responses" && Object.hasOwn(result.responses[0]?.response.segments ?? {}, "__proto__"),
    ).toBe(true);
  });

  it.each<[string, (payload: Fixture) => unknown, string]>([
    [
      "another event type",
      (p) => ({ ...p, event_type: "form_response_partial" }),
      'event_type "form_response_partial" carries no form response',
    ],
  ])("ignores %s", (_name, change, reason) => {
    expect(mapTypeformPayload(change(fixture()))).toEqual({ kind: "ignored", reason });
  });

  it.each<[string, (payload: Fixture) => unknown, string]>([
    ["a payload that is not an object", () => [], "payload must be a JSON object"],
    ["no form_response", (p) => ({ ...p, form_response: undefined }), "form_response must be an object"],
    [
      "no definition",
      (p) => ({ ...p, form_response: { ...p.form_response, definition: undefined } }),
      "form_response.definition.fields is missing: the NPS field cannot be found",
    ],
    [
      "a form without an nps field",
      (p) => {
        for (const field of p.form_response.definition.fields)
          if (field.type === "nps") field.type = "opinion_scale";
        return p;
      },
      'the form has no field of type "nps"',
    ],
    [
      "two nps fields",
      (p) => {
        p.form_response.definition.fields.push({ id: "second", ref: "nps_2", type: "nps" });
        return p;
      },
      'the form has 2 fields of type "nps" (["nps_recommend","nps_2"]): choose one with npsField',
    ],
    [
      "an NPS answer that is not a number answer",
      () =>
        withAnswers((answers) =>
          answers.map((a) => (a.field.type === "nps" ? { ...a, type: "text", text: "9" } : a)),
        ),
      'the answer to NPS field DlXFaesGBpoF is of type "text", expected "number"',
    ],
    [
      "a score out of range",
      () => withAnswers((answers) => answers.map((a) => (a.field.type === "nps" ? { ...a, number: 11 } : a))),
      "/score: must be an integer from 0 to 10, or null (got 11)",
    ],
    [
      "no token",
      (p) => ({ ...p, form_response: { ...p.form_response, token: undefined } }),
      "/id: is required",
    ],
    [
      "a bad submitted_at",
      (p) => ({ ...p, form_response: { ...p.form_response, submitted_at: "yesterday" } }),
      "/submittedAt:",
    ],
  ])("rejects %s", (_name, change, reason) => {
    const result = mapTypeformPayload(change(fixture()));
    expect(result.kind).toBe("rejected");
    expect(result.kind === "rejected" && result.reason).toContain(reason);
  });

  it.each<[string, { npsField?: string; commentField?: string }, string]>([
    ["an unknown npsField", { npsField: "nope" }, 'no field with id or ref "nope" in the form'],
    [
      "an npsField that is not nps",
      { npsField: "reason" },
      'field "reason" is of type "long_text", not "nps"',
    ],
    ["an unknown commentField", { commentField: "nope" }, 'no field with id or ref "nope" in the form'],
  ])("rejects %s", (_name, options, reason) => {
    expect(mapTypeformPayload(fixture(), options)).toEqual({ kind: "rejected", reason });
  });
});
