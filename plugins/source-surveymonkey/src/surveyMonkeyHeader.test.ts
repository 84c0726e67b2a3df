import { describe, expect, it } from "vitest";
import { readSurveyMonkeyHeader } from "./surveyMonkeyHeader.js";

const FIXED = ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address"];
const EMPTY = FIXED.map(() => "");

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error");
}

describe("readSurveyMonkeyHeader", () => {
  it("models the questions of the shared fixture's header rows", () => {
    const header = readSurveyMonkeyHeader(
      [
        ...FIXED,
        "First Name",
        "Last Name",
        "Custom Data 1",
        "How likely…?",
        "",
        "Which region?",
        "Which features?",
        "",
        "",
        "What could we do better?",
      ],
      [
        ...EMPTY,
        "",
        "",
        "",
        "Response",
        "Please tell us why",
        "Response",
        "Dashboard",
        "Reports",
        "Alerts",
        "Open-Ended Response",
      ],
      "acme.csv",
    );
    expect(header.fixed).toEqual({
      "Respondent ID": 0,
      "Collector ID": 1,
      "Start Date": 2,
      "End Date": 3,
      "IP Address": 4,
      "Email Address": 5,
      "First Name": 6,
      "Last Name": 7,
    });
    expect(header.customData).toEqual([{ name: "Custom Data 1", variable: "", index: 8 }]);
    expect(header.questions).toEqual([
      { text: "How likely…?", columns: [9, 10], subHeaders: ["Response", "Please tell us why"] },
      { text: "Which region?", columns: [11], subHeaders: ["Response"] },
      { text: "Which features?", columns: [12, 13, 14], subHeaders: ["Dashboard", "Reports", "Alerts"] },
      { text: "What could we do better?", columns: [15], subHeaders: ["Open-Ended Response"] },
    ]);
    expect(header.names.slice(8)).toEqual([
      "Custom Data 1",
      "How likely…? [Response]",
      "How likely…? [Please tell us why]",
      "Which region?",
      "Which features? [Dashboard]",
      "Which features? [Reports]",
      "Which features? [Alerts]",
      "What could we do better?",
    ]);
  });

  it("finds fixed columns by name in any order and case, and keeps a question titled like one", () => {
    const header = readSurveyMonkeyHeader(
      ["end date", "Q1", "Respondent  ID", "Email Address", "Custom Data 2"],
      ["", "Response", "", "Open-Ended Response", "plan"],
      "a.csv",
    );
    expect(header.fixed).toEqual({ "End Date": 0, "Respondent ID": 2 });
    expect(header.questions.map((q) => q.text)).toEqual(["Q1", "Email Address"]);
    // The variable name in row 2 travels with the Custom Data column.
    expect(header.customData).toEqual([{ name: "Custom Data 2", variable: "plan", index: 4 }]);
  });

  it("keeps both cells of two questions with the same text", () => {
    const header = readSurveyMonkeyHeader(
      ["End Date", "Why?", "Why?"],
      ["", "Response", "Response"],
      "a.csv",
    );
    expect(header.names).toEqual(["End Date", "Why? (column 2)", "Why? (column 3)"]);
  });

  it("refuses a CSV with one header row, and a file without dates", () => {
    const oneRow = thrown(() =>
      readSurveyMonkeyHeader(
        ["Respondent ID", "End Date", "score"],
        ["1908", "07/31/2023 04:21:36 PM", "9"],
        "plain.csv",
      ),
    );
    expect(oneRow).toMatchObject({
      code: "NPSKIT_E_INPUT",
      location: { file: "plain.csv", line: 2, column: 1 },
    });
    expect((oneRow as Error).message).toMatchInlineSnapshot(
      `"plain.csv: row 2 holds data ("1908" under "Respondent ID"), not SurveyMonkey's sub-headers: a file with one header row is a plain CSV (read it with the csv source, --format csv)"`,
    );
    const noDates = thrown(() => readSurveyMonkeyHeader(["id", "score"], ["", "Response"], "b.csv"));
    expect((noDates as Error).message).toMatchInlineSnapshot(
      `"b.csv has no "End Date" or "Start Date" column, so it is not a SurveyMonkey export as downloaded (row 1 starts "id", "score"); export it again with the respondent columns, or read it with the csv source"`,
    );
  });
});
