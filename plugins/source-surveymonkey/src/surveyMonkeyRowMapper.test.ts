import { createDateTimeParser } from "@npskit/source-csv";
import { describe, expect, it } from "vitest";
import type { NpsLayout } from "./findNpsQuestion.js";
import { readSurveyMonkeyHeader } from "./surveyMonkeyHeader.js";
import { createRowMapper, type RowMapperOptions } from "./surveyMonkeyRowMapper.js";

const header = readSurveyMonkeyHeader(
  [
    "Respondent ID",
    "Start Date",
    "End Date",
    "Email Address",
    "First Name",
    "Last Name",
    "How likely…?",
    "",
    "Plan?",
    "",
  ],
  ["", "", "", "", "", "", "Response", "Why?", "Response", "Other (please specify)"],
  "a.csv",
);

function mapper(overrides: Partial<RowMapperOptions> = {}) {
  return createRowMapper({
    header,
    nps: { kind: "single", column: 6 },
    coding: "score",
    comment: 7,
    segments: [{ name: "plan", column: 8, other: { column: 9, label: "Other" } }],
    parseDate: createDateTimeParser({ timeZone: "Europe/Moscow", dateOrder: "MDY" }),
    file: "exports/a.csv",
    idPrefix: "a.csv",
    source: "npskit:surveymonkey",
    ...overrides,
  });
}

const row = (fields: string[], line = 3) => ({ fields, line });

describe("createRowMapper", () => {
  it("maps the respondent columns, the answer, the comment and segments", () => {
    const mapped = mapper()(
      row([
        " 42 ",
        "",
        "07/31/2023 04:21:36 PM",
        "anna@example.com",
        "Anna",
        "Lee",
        "9",
        " Great ",
        "",
        "Startup",
      ]),
    );
    expect(mapped).toMatchObject({
      record: {
        response: {
          id: "42",
          score: 9,
          submittedAt: "2023-07-31T16:21:36+03:00",
          comment: "Great",
          segments: { plan: "Other" },
          respondent: { email: "anna@example.com", name: "Anna Lee" },
          source: "npskit:surveymonkey",
        },
        location: { file: "exports/a.csv", line: 3 },
      },
    });
  });

  it("makes an id from the line, drops an invalid e-mail, and falls back to the Start Date", () => {
    const mapped = mapper()(
      row(["", "07/31/2023 09:00:00 AM", "", "not an address", "", "Lee", "", "", "Pro", ""], 8),
    );
    expect(mapped).toMatchObject({
      record: {
        response: {
          id: "a.csv:8",
          score: null,
          submittedAt: "2023-07-31T09:00:00+03:00",
          segments: { plan: "Pro" },
          respondent: { name: "Lee" },
        },
      },
    });
    expect(
      mapped && "record" in mapped && (mapped.record.response as { respondent: object }).respondent,
    ).toEqual({
      name: "Lee",
    });
  });

  it("reads day-first dates when told", () => {
    const parseDate = createDateTimeParser({ timeZone: "UTC", dateOrder: "DMY" });
    const mapped = mapper({ parseDate })(
      row(["1", "", "31/07/2023 04:21:36 PM", "", "", "", "5", "", "", ""]),
    );
    expect(mapped).toMatchObject({ record: { response: { submittedAt: "2023-07-31T16:21:36Z" } } });
  });

  it("rejects a row without a date, naming every bad cell", () => {
    const mapped = mapper()(row(["1", "", "", "", "", "", "abc", "", "", ""], 5));
    expect(mapped).toMatchObject({
      rejection: {
        reason:
          'column 7: not an NPS answer: "abc" (expected 0 to 10, or a choice label ending in " - 0" … " - 10"); ' +
          "column 3: no date: End Date and Start Date are empty",
        location: { file: "exports/a.csv", line: 5, column: 7 },
      },
    });
  });

  it("skips rows of empty cells, and rejects rows of the wrong width", () => {
    expect(mapper()(row(["", " ", "", "", "", "", "", "", "", ""]))).toBeNull();
    expect(mapper()(row(["1", "2"]))).toMatchObject({
      rejection: { reason: "wrong number of fields: the row has 2, the header has 10", raw: ["1", "2"] },
    });
  });

  it("reads an expanded layout from the marked column", () => {
    const nps: NpsLayout = {
      kind: "expanded",
      columns: [
        { column: 6, score: 0 },
        { column: 7, score: 1 },
      ],
    };
    const map = mapper({ nps, comment: undefined });
    const fields = (a: string, b: string) => ["1", "", "07/31/2023 04:21:36 PM", "", "", "", a, b, "", ""];
    expect(map(row(fields("", "1")))).toMatchObject({ record: { response: { score: 1 } } });
    expect(map(row(fields("", "")))).toMatchObject({ record: { response: { score: null } } });
    expect(map(row(fields("x", "1")))).toMatchObject({
      rejection: { reason: "several NPS choices are marked (0, 1)", location: { column: 7 } },
    });
  });
});
