import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { surveyMonkeyNpsQuestion } from "./surveyMonkeyNpsQuestion.js";

interface Choice {
  id: string;
  position?: number;
  text: string;
}
interface Survey {
  id: string;
  pages: { questions: { id: string; family: string; answers?: { choices?: Choice[] } }[] }[];
}

const survey = (): Survey =>
  JSON.parse(
    readFileSync(new URL("../test/fixtures/surveymonkey-survey-details.json", import.meta.url), "utf8"),
  );

const npsChoices = (details: Survey) => details.pages[0]?.questions[1]?.answers?.choices as Choice[];

// The fixture's NPS choices are 4385172931 ("Not at all likely - 0") … 4385172941 ("Extremely likely - 10").
const EXPECTED_POSITIONS = Object.fromEntries(
  Array.from({ length: 11 }, (_, i) => [String(4385172931 + i), i + 1]),
);

describe("surveyMonkeyNpsQuestion", () => {
  it("finds the matrix/rating NPS question of the documented survey details and its positions", () => {
    expect(surveyMonkeyNpsQuestion(survey())).toEqual({
      surveyId: "505420611",
      questionId: "667461858",
      choicePositions: EXPECTED_POSITIONS,
    });
  });

  it("uses the position field, not the order of the array", () => {
    const details = survey();
    npsChoices(details).reverse();
    expect(surveyMonkeyNpsQuestion(details).choicePositions).toEqual(EXPECTED_POSITIONS);
  });

  it("uses the array order when the details carry no positions", () => {
    const details = survey();
    for (const choice of npsChoices(details)) delete choice.position;
    expect(surveyMonkeyNpsQuestion(details).choicePositions).toEqual(EXPECTED_POSITIONS);
  });

  it("takes a single_choice question with 11 answers, named by questionId", () => {
    const details = survey();
    const question = details.pages[0]?.questions[1];
    if (question) question.family = "single_choice";
    expect(surveyMonkeyNpsQuestion(details, { questionId: "667461858" }).questionId).toBe("667461858");
  });

  it.each<[string, (details: Survey) => void, { questionId?: string }, string]>([
    [
      "no 11-choice question",
      (d) => npsChoices(d).pop(),
      {},
      "survey 505420611 has no question with 11 choices (0–10): name it with questionId",
    ],
    [
      "two 11-choice questions",
      (d) =>
        d.pages[0]?.questions.push({
          id: "999",
          family: "matrix",
          answers: { choices: npsChoices(d).map((c) => ({ ...c, id: `x${c.id}` })) },
        }),
      {},
      "survey 505420611 has 2 questions with 11 choices (667461858, 999): choose one with questionId",
    ],
    ["an unknown questionId", () => {}, { questionId: "1" }, "survey 505420611 has no question 1"],
    [
      "a questionId with 3 choices",
      () => {},
      { questionId: "667461860" },
      "question 667461860 has 3 choices; an NPS question has 11 (0–10)",
    ],
    [
      "positions that are not 1–11",
      (d) =>
        npsChoices(d).forEach((c) => {
          c.position = (c.position ?? 0) - 1;
        }),
      {},
      "the choices of question 667461858 are not at positions 1–11 once each (got 0, 1, 2",
    ],
  ])("throws NPSKIT_E_INPUT for %s", (_name, change, options, message) => {
    const details = survey();
    change(details);
    expect(() => surveyMonkeyNpsQuestion(details, options)).toThrow(
      expect.objectContaining({
        code: "NPSKIT_E_INPUT",
        message: expect.stringContaining(message),
        location: { recordId: "505420611" },
      }),
    );
  });

  it("throws NPSKIT_E_INPUT for details that are not an object", () => {
    expect(() => surveyMonkeyNpsQuestion(null)).toThrow(expect.objectContaining({ code: "NPSKIT_E_INPUT" }));
  });
});
