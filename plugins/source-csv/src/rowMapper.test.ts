import { validateResponse } from "@npskit/core";
import { describe, expect, it } from "vitest";
import { mapHeader } from "./headerMapping.js";
import type { MappedRow } from "./mappedRow.js";
import { createDateTimeParser } from "./parseDateTime.js";
import { createRowMapper } from "./rowMapper.js";

const header = ["id", "date", "score", "comment", "region", "plan", "support", "email", "consent", "lang"];
const mapping = mapHeader(header, { drivers: ["support"] }, "data/october.csv", 1);
const map = createRowMapper({
  mapping,
  file: "data/october.csv",
  idPrefix: "october.csv",
  parseDate: createDateTimeParser({ timeZone: "Europe/Moscow", dateOrder: "DMY" }),
  source: "npskit:csv",
});
const row = (line: number, ...fields: string[]) => map({ fields, line });
const response = (mapped: MappedRow) =>
  mapped !== null && "record" in mapped ? mapped.record.response : mapped;
const rejection = (mapped: MappedRow) =>
  mapped !== null && "rejection" in mapped ? mapped.rejection : mapped;

describe("createRowMapper", () => {
  it("keys segments and drivers by the names the options give their columns; problems name the column", () => {
    const forms = ["Timestamp", "Score", "Which plan are you on?", "Rate our support"];
    const named = createRowMapper({
      mapping: mapHeader(
        forms,
        { segments: { plan: "Which plan are you on?" }, drivers: { support: "Rate our support" } },
        "forms.csv",
        1,
      ),
      file: "forms.csv",
      idPrefix: "forms.csv",
      parseDate: createDateTimeParser({ timeZone: "UTC", dateOrder: "DMY" }),
      source: "npskit:csv",
    });
    expect(response(named({ fields: ["2026-10-01 10:00", "9", "Pro", "4"], line: 2 }))).toMatchObject({
      segments: { plan: "Pro" },
      drivers: { support: 4 },
    });
    expect(rejection(named({ fields: ["2026-10-01 10:00", "9", "Pro", "four"], line: 3 }))).toMatchObject({
      location: { file: "forms.csv", line: 3, column: "Rate our support" },
    });
  });

  it("maps every role of a full row into a valid response, keeping the raw row", () => {
    const mapped = row(
      2,
      " 7 ",
      "31.10.2026 23:45",
      "9",
      " Быстро, удобно ",
      "Москва",
      " pro ",
      "8,5",
      "anna@example.ru",
      "да",
      "ru-RU",
    );
    expect(mapped).toEqual({
      record: {
        response: {
          id: "7",
          score: 9,
          submittedAt: "2026-10-31T23:45:00+03:00",
          comment: "Быстро, удобно",
          segments: { region: "Москва", plan: "pro" },
          drivers: { support: 8.5 },
          respondent: { email: "anna@example.ru", consentToContact: true },
          locale: "ru-RU",
          source: "npskit:csv",
        },
        location: { file: "data/october.csv", line: 2 },
        raw: Object.fromEntries(
          header.map((name, i) => [
            name,
            [
              " 7 ",
              "31.10.2026 23:45",
              "9",
              " Быстро, удобно ",
              "Москва",
              " pro ",
              "8,5",
              "anna@example.ru",
              "да",
              "ru-RU",
            ][i],
          ]),
        ),
      },
    });
    expect(validateResponse(response(mapped)).valid).toBe(true);
  });

  it("leaves out what is empty: an unanswered score is null, a missing id comes from the line", () => {
    const mapped = row(40, "", "2026-10-01", "", "", "", "", "", "", "", "");
    expect(response(mapped)).toEqual({
      id: "october.csv:40",
      score: null,
      submittedAt: "2026-10-01T00:00:00+03:00",
      drivers: { support: null },
      source: "npskit:csv",
    });
    expect(validateResponse(response(mapped)).valid).toBe(true);
  });

  it("skips a row whose cells are all empty, whatever its width", () => {
    expect(row(9, ...header.map(() => " "))).toBeNull();
    expect(row(9, "", "")).toBeNull();
  });

  it.each<[string, string[], string, string | undefined]>([
    [
      "too many fields",
      [...header, "extra"],
      "wrong number of fields: the row has 11, the header has 10",
      undefined,
    ],
    ["too few fields", ["1", "2"], "wrong number of fields: the row has 2, the header has 10", undefined],
    [
      "a score of 11",
      ["1", "01.10.2026", "11", "", "", "", "", "", "", ""],
      'not a score: "11" is not a whole number from 0 to 10',
      "score",
    ],
    [
      "a score of abc",
      ["1", "01.10.2026", "abc", "", "", "", "", "", "", ""],
      'not a score: "abc" is not a whole number from 0 to 10',
      "score",
    ],
    [
      "an impossible date",
      ["1", "30.02.2026", "9", "", "", "", "", "", "", ""],
      'not a real date: "30.02.2026"',
      "date",
    ],
    ["no date", ["1", " ", "9", "", "", "", "", "", "", ""], "no date: the cell is empty", "date"],
    [
      "a driver that is not a number",
      ["1", "01.10.2026", "9", "", "", "", "good", "", "", ""],
      'not a number: "good"',
      "support",
    ],
    [
      "consent that is not yes or no",
      ["1", "01.10.2026", "9", "", "", "", "", "", "maybe", ""],
      'not yes or no: "maybe" (yes/no, true/false, 1/0, да/нет)',
      "consent",
    ],
    [
      "several problems",
      ["1", "01.13.2026", "10,5", "", "", "", "", "", "", ""],
      'score: not a score: "10,5" is not a whole number from 0 to 10; date: not a real date: "01.13.2026"',
      "score",
    ],
  ])("rejects %s, naming the column", (_, fields, reason, column) => {
    const mapped = rejection(row(5, ...fields));
    expect(mapped).toMatchObject({
      reason,
      location:
        column === undefined
          ? { file: "data/october.csv", line: 5 }
          : { file: "data/october.csv", line: 5, column },
    });
  });

  it("keeps the fields as the raw record of a row of the wrong width, and the named cells otherwise", () => {
    expect(rejection(row(5, "a", "b"))).toMatchObject({ raw: ["a", "b"] });
    expect(rejection(row(5, "1", "x", "9", "", "", "", "", "", "", ""))).toMatchObject({
      raw: { id: "1", date: "x" },
    });
  });
});
