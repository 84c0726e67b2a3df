import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { mapSurveyMonkeyResponse } from "./mapSurveyMonkeyResponse.js";
import { surveyMonkeyNpsQuestion } from "./surveyMonkeyNpsQuestion.js";

const read = (name: string) =>
  JSON.parse(readFileSync(new URL(`../test/fixtures/${name}`, import.meta.url), "utf8"));

interface Details {
  response_status: string;
  survey_id: string;
  date_modified?: string;
  pages: { id: string; questions: { id: string; answers: Record<string, unknown>[] }[] }[];
  [key: string]: unknown;
}

const details = (): Details => read("surveymonkey-response-details.json");
const question = surveyMonkeyNpsQuestion(read("surveymonkey-survey-details.json"));
// The same question written by hand, as a user without the survey details would: choice id → position.
const handMade = {
  questionId: "667461858",
  choicePositions: Object.fromEntries(Array.from({ length: 11 }, (_, i) => [String(4385172931 + i), i + 1])),
};

function withNpsAnswers(answers: Record<string, unknown>[]): Details {
  const value = details();
  const nps = value.pages[0]?.questions.find((q) => q.id === "667461858");
  if (nps) nps.answers = answers;
  return value;
}

describe("mapSurveyMonkeyResponse", () => {
  it("maps the documented response details shape with the question found in the survey details", () => {
    expect(
      mapSurveyMonkeyResponse(details(), {
        question,
        commentQuestionId: "667461859",
        eventId: "10019822474",
      }),
    ).toEqual({
      kind: "responses",
      eventId: "10019822474",
      responses: [
        {
          response: {
            id: "114392581839",
            score: 9,
            submittedAt: "2026-10-31T22:30:00+00:00",
            comment: "Fast support, clear reports.",
            segments: { region: "Europe", plan: "pro" },
            respondent: { email: "anna@example.com", name: "Anna Karenina" },
            source: "surveymonkey",
          },
          updatedAtMs: Date.parse("2026-10-31T22:30:00+00:00"),
        },
      ],
      rejected: [],
    });
  });

  // Score = position − 1: choice 4385172931 is position 1 (score 0), 4385172941 position 11 (score 10).
  it.each<[string, number]>([
    ["4385172931", 0],
    ["4385172937", 6],
    ["4385172938", 7],
    ["4385172939", 8],
    ["4385172940", 9],
    ["4385172941", 10],
  ])("scores choice %s as %i, from the survey details and from a hand-made map", (choiceId, score) => {
    const payload = withNpsAnswers([{ choice_id: choiceId, row_id: "4385172930" }]);
    for (const q of [question, handMade]) {
      expect(mapSurveyMonkeyResponse(payload, { question: q })).toMatchObject({
        responses: [{ response: { score } }],
      });
    }
  });

  it("scores by position even when the map lists choices out of order", () => {
    const shuffled = { questionId: "667461858", choicePositions: { "c-ten": 11, "c-zero": 1, "c-five": 6 } };
    expect(
      mapSurveyMonkeyResponse(withNpsAnswers([{ choice_id: "c-five" }]), { question: shuffled }),
    ).toMatchObject({
      responses: [{ response: { score: 5 } }],
    });
  });

  it("maps a response without an NPS answer as unanswered", () => {
    expect(mapSurveyMonkeyResponse(withNpsAnswers([]), { question })).toMatchObject({
      kind: "responses",
      responses: [{ response: { score: null } }],
    });
  });

  it("takes the NPS question's own comment box by default", () => {
    const payload = withNpsAnswers([
      { choice_id: "4385172933", row_id: "4385172930" },
      { other_id: "4385172999", text: "Too slow to load" },
    ]);
    expect(mapSurveyMonkeyResponse(payload, { question })).toMatchObject({
      responses: [{ response: { score: 2, comment: "Too slow to load" } }],
    });
  });

  it("versions an updated response by date_modified, so the later fetch wins", () => {
    const first = mapSurveyMonkeyResponse(details(), { question });
    const edited = details();
    edited.date_modified = "2026-11-02T08:00:00+00:00";
    const second = mapSurveyMonkeyResponse(edited, { question });
    const version = (result: typeof first) =>
      result.kind === "responses" ? result.responses[0]?.updatedAtMs : undefined;
    expect(version(second)).toBeGreaterThan(version(first) ?? Number.POSITIVE_INFINITY);
  });

  it.each(["completed", "partial"])("counts response_status %s", (status) => {
    expect(mapSurveyMonkeyResponse({ ...details(), response_status: status }, { question }).kind).toBe(
      "responses",
    );
  });

  it.each(["disqualified", "overquota"])("ignores response_status %s", (status) => {
    expect(mapSurveyMonkeyResponse({ ...details(), response_status: status }, { question })).toEqual({
      kind: "ignored",
      reason: `response_status "${status}" is not counted`,
    });
  });

  it.each<[string, unknown, string]>([
    ["a non-object", "x", "response details must be a JSON object"],
    [
      "a response of another survey",
      { ...details(), survey_id: "1" },
      'the response belongs to survey "1", the NPS question to survey "505420611"',
    ],
    [
      "a choice that is not one of the 11",
      withNpsAnswers([{ choice_id: "4385172950", row_id: "4385172930" }]),
      'choice "4385172950" is not one of the 11 choices of the NPS question 667461858',
    ],
    [
      "a choice id named like an Object method",
      withNpsAnswers([{ choice_id: "constructor" }]),
      'choice "constructor" is not one of the 11 choices',
    ],
    [
      "two choices",
      withNpsAnswers([{ choice_id: "4385172931" }, { choice_id: "4385172941" }]),
      "the NPS question 667461858 has 2 answers, expected one",
    ],
    [
      "no dates",
      { ...details(), date_modified: undefined, date_created: undefined },
      "/submittedAt: is required",
    ],
  ])("rejects %s", (_name, payload, reason) => {
    const result = mapSurveyMonkeyResponse(payload, { question });
    expect(result.kind).toBe("rejected");
    expect(result.kind === "rejected" && result.reason).toContain(reason);
  });
});
