import { describe, expect, it } from "vitest";
import { findCommentColumn } from "./findCommentColumn.js";
import { findNpsQuestion } from "./findNpsQuestion.js";
import { readSurveyMonkeyHeader } from "./surveyMonkeyHeader.js";

const header = readSurveyMonkeyHeader(
  [
    "End Date",
    "How likely is it that you would recommend us?",
    "",
    "Which features?",
    "",
    "What could we do better?",
  ],
  ["", "Response", "Please tell us why", "Dashboard", "Reports", "Open-Ended Response"],
  "acme.csv",
);
const nps = findNpsQuestion({ header, sample: [], option: undefined, file: "acme.csv" });
const comment = (option?: string | number | false) => findCommentColumn(header, nps, option, "acme.csv");

function thrownMessage(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected an error");
}

describe("findCommentColumn", () => {
  it("uses the NPS question's comment box by default", () => {
    expect(comment()).toEqual({ column: 2, from: "comment box" });
  });

  it("uses the open-ended question commentQuestion names, by text or column number", () => {
    expect(comment("What could we do better?")).toEqual({ column: 5, from: "commentQuestion" });
    expect(comment(6)).toEqual({ column: 5, from: "commentQuestion" });
    expect(comment(false)).toEqual({ column: undefined, from: "commentQuestion" });
  });

  it("refuses a question that is not open-ended, and the NPS answer itself", () => {
    expect(thrownMessage(() => comment("Which features?"))).toMatchInlineSnapshot(
      `"commentQuestion: column 4 "Which features?" (2 columns: Dashboard, Reports) is not an open-ended question; name an open-ended question, or one column by its number"`,
    );
    expect(thrownMessage(() => comment(2))).toMatchInlineSnapshot(
      `"commentQuestion: column 2 "How likely is it that you would recommend us?" (2 columns: Response, Please tell us why) is the NPS question itself; name an open-ended question, or one column by its number"`,
    );
  });
});
