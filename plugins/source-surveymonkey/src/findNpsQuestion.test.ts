import { describe, expect, it } from "vitest";
import { findNpsQuestion } from "./findNpsQuestion.js";
import { readSurveyMonkeyHeader } from "./surveyMonkeyHeader.js";

/** A header with an End Date column and the given questions: [text, ...sub-headers]. */
function headerOf(...questions: string[][]) {
  const first = ["End Date"];
  const second = [""];
  for (const [text, ...subs] of questions) {
    subs.forEach((sub, i) => {
      first.push(i === 0 ? text! : "");
      second.push(sub);
    });
  }
  return readSurveyMonkeyHeader(first, second, "survey.csv");
}

const find = (header: ReturnType<typeof headerOf>, sample: string[][] = [], option?: string | number) =>
  findNpsQuestion({ header, sample, option, file: "survey.csv" });

function thrownMessage(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected an error");
}

describe("findNpsQuestion", () => {
  it("finds the question by its text, with its comment box", () => {
    const header = headerOf(
      ["Which region are you in?", "Response"],
      ["How likely is it that you would recommend Acme to a friend or colleague?", "Response", "Why?"],
    );
    expect(find(header)).toMatchObject({
      layout: { kind: "single", column: 2 },
      commentBox: 3,
      foundBy: "text",
    });
  });

  it.each([
    "How likely are you to recommend Contoso to a colleague?",
    "HOW LIKELY IS IT THAT YOU WOULD RECOMMEND US?",
    "Насколько вероятно, что вы порекомендуете нас другу или коллеге?",
    "Какова вероятность того, что вы порекомендуете «Ромашку» друзьям?",
  ])("recognises %j", (text) => {
    expect(find(headerOf(["Region?", "Response"], [text, "Response"])).layout).toEqual({
      kind: "single",
      column: 2,
    });
  });

  it("finds the question by its answers when its text was reworded", () => {
    const header = headerOf(
      ["Rate our support", "Response"],
      ["Would you tell a friend about us?", "Response"],
    );
    // Support ratings 1–5 are not NPS; the labelled 11-point answers are.
    const sample = [
      ["", "4", "Extremely likely - 10"],
      ["", "5", "3"],
    ];
    expect(find(header, sample)).toMatchObject({ layout: { column: 2 }, foundBy: "answers" });
    // Plain numbers qualify when they reach 0 (or 11) and span the scale; a 1–10 rating does not.
    expect(
      find(header, [
        ["", "2", "0"],
        ["", "3", "9"],
      ]),
    ).toMatchObject({ layout: { column: 2 } });
    expect(() =>
      find(header, [
        ["", "2", "1"],
        ["", "3", "10"],
      ]),
    ).toThrow(/cannot find the NPS question/);
  });

  it("reads an expanded question: one column per choice, then the comment box", () => {
    const choices = ["Not at all likely - 0", ..."123456789".split(""), "Extremely likely - 10"];
    const header = headerOf(["Would you recommend us?", ...choices, "Please tell us why"]);
    const found = find(header);
    expect(found.foundBy).toBe("answers");
    expect(found.layout.kind === "expanded" && found.layout.columns.map((c) => c.score)).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
    expect(found.commentBox).toBe(12);
  });

  it("takes the question the npsQuestion option names, by text, part of it or column number", () => {
    const header = headerOf(
      ["How likely is it that you would recommend our product?", "Response"],
      ["How likely is it that you would recommend our support?", "Response", "Why?"],
    );
    expect(find(header, [], "how likely is it that you would recommend our SUPPORT?").layout).toEqual({
      kind: "single",
      column: 2,
    });
    expect(find(header, [], "our product").layout).toEqual({ kind: "single", column: 1 });
    expect(find(header, [], 3)).toMatchObject({ layout: { column: 2 }, commentBox: 3, foundBy: "option" });
    // A continuation column by number is that one column (a matrix row), without a comment box.
    expect(find(header, [], 4)).toMatchObject({ layout: { column: 3 }, commentBox: undefined });
  });

  it("lists the questions when there is no NPS question, or several", () => {
    const none = headerOf(
      ["How satisfied are you?", "Response"],
      ["Which features?", "Dashboard", "Reports"],
    );
    expect(thrownMessage(() => find(none, [["", "4", "Dashboard", ""]]))).toMatchInlineSnapshot(
      `"cannot find the NPS question in survey.csv: no question reads like "How likely is it that you would recommend…" and none has 0–10 answers; set the npsQuestion option to its text or column number. Questions: column 2 "How satisfied are you?"; column 3 "Which features?" (2 columns: Dashboard, Reports)"`,
    );
    const two = headerOf(
      ["How likely is it that you would recommend our product?", "Response"],
      ["How likely is it that you would recommend our support?", "Response"],
    );
    expect(thrownMessage(() => find(two))).toMatchInlineSnapshot(
      `"survey.csv has 2 questions that read like the NPS question: column 2 "How likely is it that you would recommend our product?"; column 3 "How likely is it that you would recommend our support?"; set the npsQuestion option to the text or column number of the one to use"`,
    );
  });

  it("says what the npsQuestion option could have meant", () => {
    const header = headerOf(
      ["How likely is it that you would recommend us?", "Response"],
      ["Region?", "Response"],
    );
    expect(thrownMessage(() => find(header, [], "Regoin?"))).toMatchInlineSnapshot(
      `"npsQuestion: no question of survey.csv reads "Regoin?" (did you mean "Region?"?); questions: column 2 "How likely is it that you would recommend us?"; column 3 "Region?""`,
    );
    expect(thrownMessage(() => find(header, [], 1))).toMatchInlineSnapshot(
      `"npsQuestion: column 1 of survey.csv holds no question; questions: column 2 "How likely is it that you would recommend us?"; column 3 "Region?""`,
    );
  });
});
