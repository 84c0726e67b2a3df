import { describe, expect, it } from "vitest";
import { resolveSegments } from "./resolveSegments.js";
import { readSurveyMonkeyHeader } from "./surveyMonkeyHeader.js";

const header = readSurveyMonkeyHeader(
  [
    "Collector ID",
    "End Date",
    "Custom Data 1",
    "Custom Data 2",
    "Which plan are you on?",
    "",
    "Which features?",
    "",
    "В каком городе вы живёте?",
  ],
  ["", "", "", "channel", "Response", "Other (please specify)", "Dashboard", "Reports", "Ответ"],
  "a.csv",
);

function thrownMessage(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected an error");
}

describe("resolveSegments", () => {
  it("names segments by segmentNames, the Custom Data variable, or a slug", () => {
    expect(
      resolveSegments(
        header,
        [
          "which plan are you on?",
          "Custom Data 1",
          "channel",
          "Collector ID",
          "В каком городе вы живёте?",
          8,
        ],
        { "Which plan are you on?": "plan" },
        "a.csv",
      ),
    ).toEqual([
      { name: "plan", column: 4, other: { column: 5, label: "Other" } },
      { name: "custom-data-1", column: 2 },
      { name: "channel", column: 3 },
      { name: "collector-id", column: 0 },
      { name: "в-каком-городе-вы-живёте", column: 8 },
      // One column of a multiple-choice question, by number.
      { name: "which-features", column: 7 },
    ]);
  });

  it("refuses multiple-choice questions, repeated names and segmentNames for nothing", () => {
    expect(
      thrownMessage(() =>
        resolveSegments(header, ["Which features?", "Custom Data 1", 3], { Plan: "plan" }, "a.csv"),
      ),
    ).toMatchInlineSnapshot(
      `"segments/0: column 7 "Which features?" (2 columns: Dashboard, Reports) has several answer columns, so it is not a single-choice question; use one of its columns by number; segments/2: the segment name "custom-data-1" is used twice; set segmentNames; segmentNames/Plan: names no entry of the segments option; every key must be one of its entries"`,
    );
    expect(thrownMessage(() => resolveSegments(header, ["Region"], {}, "a.csv"))).toMatchInlineSnapshot(
      `"segments/0: no question of a.csv reads "Region"; questions: column 5 "Which plan are you on?" (2 columns: Response, Other (please specify)); column 7 "Which features?" (2 columns: Dashboard, Reports); column 9 "В каком городе вы живёте?"; columns: Collector ID, End Date, Custom Data 1, Custom Data 2"`,
    );
  });
});
