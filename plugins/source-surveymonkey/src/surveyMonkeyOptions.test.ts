import { describe, expect, it } from "vitest";
import { resolveSurveyMonkeyOptions, type SurveyMonkeyOptions } from "./surveyMonkeyOptions.js";

function thrown(run: () => unknown): { code?: string; message?: string } {
  try {
    run();
  } catch (error) {
    return error as Error & { code: string };
  }
  throw new Error("expected an error");
}

describe("resolveSurveyMonkeyOptions", () => {
  it("fills in the defaults", () => {
    expect(resolveSurveyMonkeyOptions({ path: "a.csv" })).toEqual({
      path: "a.csv",
      format: "auto",
      npsQuestion: undefined,
      coding: "auto",
      commentQuestion: undefined,
      segments: [],
      segmentNames: {},
      timeZone: undefined,
      dateOrder: "MDY",
      sheet: undefined,
      encoding: undefined,
      delimiter: undefined,
      batchSize: 1000,
    });
    expect(resolveSurveyMonkeyOptions({ path: "a.csv", timeZone: "europe/moscow" }).timeZone).toBe(
      "Europe/Moscow",
    );
  });

  it("names every bad option in one error", () => {
    const error = thrown(() =>
      resolveSurveyMonkeyOptions({
        path: "",
        coding: "numbers",
        npsQuestion: 0,
        segments: ["region", ""],
        segmentNames: { region: "" },
        dateOrder: "YMD",
        timeZone: "Europe/Moskow",
        colour: "red",
      } as unknown as SurveyMonkeyOptions),
    );
    expect(error.code).toBe("NPSKIT_E_CONFIG");
    expect(error.message?.split("; ")).toMatchInlineSnapshot(`
      [
        "colour: is not an option of the surveymonkey source (options: path, format, npsQuestion, coding, commentQuestion, segments, segmentNames, timeZone, dateOrder, sheet, encoding, delimiter, batchSize)",
        "path: must be the path of the export to read (got "")",
        "npsQuestion: must be the question's text or its 1-based column number (got 0)",
        "coding: must be "auto", "score" or "position" (got "numbers")",
        "segments/1: must be a question's text or a column name or number (got "")",
        "segmentNames/region: must be a name of 1 to 128 characters (got "")",
        "timeZone: "Europe/Moskow" is not an IANA time zone name (did you mean "Europe/Moscow"?)",
        "dateOrder: must be "MDY" or "DMY" (got "YMD")",
      ]
    `);
  });
});
