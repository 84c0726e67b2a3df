import { ConfigError, InputError } from "@npskit/core";
import { describe, expect, it } from "vitest";
import { type ColumnOptions, type HeaderMapping, mapHeader } from "./headerMapping.js";

function thrown(action: () => unknown): Error {
  try {
    action();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected the call to throw");
}

/** The mapping with column names instead of indices, to keep tables readable. */
function named(header: string[], options: ColumnOptions = {}) {
  const mapping: HeaderMapping = mapHeader(header, options, "data.csv", 1);
  const name = (i: number) => mapping.names[i];
  return {
    fields: Object.fromEntries(Object.entries(mapping.fields).map(([field, i]) => [field, name(i)])),
    segments: mapping.segments.map(name),
    drivers: mapping.drivers.map(name),
  };
}

describe("mapHeader", () => {
  it.each<[string, string[], Record<string, string>, string[]]>([
    [
      "the generator's columns",
      ["id", "submitted_at", "score", "region", "plan", "comment"],
      { id: "id", submittedAt: "submitted_at", score: "score", comment: "comment" },
      ["region", "plan"],
    ],
    [
      "case, spaces, hyphens and underscores",
      ["Response ID", "SUBMITTED-AT", "NPS Score", "Comments", "E-mail", "Full_Name"],
      {
        id: "Response ID",
        submittedAt: "SUBMITTED-AT",
        score: "NPS Score",
        comment: "Comments",
        email: "E-mail",
        name: "Full_Name",
      },
      [],
    ],
    [
      "SurveyMonkey-like names",
      ["Respondent ID", "End Date", "Likelihood", "Why", "Custom Data 1"],
      { id: "Respondent ID", submittedAt: "End Date", score: "Likelihood", comment: "Why" },
      ["Custom Data 1"],
    ],
    [
      "the question as the score column",
      ["Timestamp", "How likely are you to recommend Acme to a friend?", "Country"],
      { submittedAt: "Timestamp", score: "How likely are you to recommend Acme to a friend?" },
      ["Country"],
    ],
    [
      "Russian names",
      ["№", "Дата", "Оценка", "Комментарий", "Регион", "Согласие на связь", "Язык"],
      {
        id: "№",
        submittedAt: "Дата",
        score: "Оценка",
        comment: "Комментарий",
        consentToContact: "Согласие на связь",
        locale: "Язык",
      },
      ["Регион"],
    ],
    [
      "the preferred alias when several match",
      ["created_at", "date", "rating", "nps"],
      { submittedAt: "date", score: "nps" },
      ["created_at", "rating"],
    ],
    [
      "respondent fields",
      ["date", "score", "customer_id", "consent", "locale"],
      {
        submittedAt: "date",
        score: "score",
        externalId: "customer_id",
        consentToContact: "consent",
        locale: "locale",
      },
      [],
    ],
  ])("finds %s", (_, header, fields, segments) => {
    expect(named(header)).toEqual({ fields, segments, drivers: [] });
  });

  it("follows the options: columns, segments, drivers and ignore", () => {
    const header = ["Дата", "Ответ", "Регион", "Тариф", "Поддержка", "Цена", "IP"];
    expect(
      named(header, {
        columns: { score: "ответ", submittedAt: "Дата" },
        drivers: ["Поддержка", "цена"],
        ignore: ["IP"],
      }),
    ).toEqual({
      fields: { score: "Ответ", submittedAt: "Дата" },
      segments: ["Регион", "Тариф"],
      drivers: ["Поддержка", "Цена"],
    });
    expect(
      named(header, { columns: { score: "Ответ", submittedAt: "Дата" }, segments: ["Тариф"] }).segments,
    ).toEqual(["Тариф"]);
  });

  it("names segments and drivers after their columns when the options give an object", () => {
    const header = [
      "Timestamp",
      "How likely…recommend us?",
      "Which plan are you on?",
      "Rate our support",
      "Notes",
    ];
    const mapping = mapHeader(
      header,
      {
        segments: { plan: "which plan are you on" },
        drivers: { support: "Rate our support" },
      },
      "forms.csv",
      1,
    );
    expect(mapping).toMatchObject({
      segments: [2],
      segmentNames: ["plan"],
      drivers: [3],
      driverNames: ["support"],
    });
    // A list keeps each column's own name (as the file spells it); without segments, every free column is one.
    expect(mapHeader(header, { segments: ["which plan are you on"] }, "forms.csv", 1).segmentNames).toEqual([
      "Which plan are you on?",
    ]);
    expect(mapHeader(header, {}, "forms.csv", 1)).toMatchObject({
      segments: [2, 3, 4],
      segmentNames: ["Which plan are you on?", "Rate our support", "Notes"],
      driverNames: [],
    });
    const missing = thrown(() =>
      mapHeader(header, { drivers: { price: "Rate our prices" } }, "forms.csv", 1),
    );
    expect(missing).toBeInstanceOf(ConfigError);
    expect(missing.message).toMatch(/^drivers: column "Rate our prices" is not in forms\.csv/);
  });

  it("does not detect a column the options gave another role", () => {
    expect(
      named(["when", "date", "score"], { columns: { submittedAt: "when" }, ignore: [] }).segments,
    ).toEqual(["date"]);
    const error = thrown(() => named(["date", "score"], { ignore: ["date"] }));
    expect(error).toBeInstanceOf(InputError);
  });

  it("names empty and repeated columns so every row key is distinct", () => {
    const mapping = mapHeader(["date", "score", "", "region", "region", " region "], {}, "data.csv", 1);
    expect(mapping.names).toEqual(["date", "score", "column 3", "region", "region (2)", "region (3)"]);
    expect(mapping.segments).toEqual([2, 3, 4, 5]);
  });

  it("lists every missing configured column, with the columns found", () => {
    const error = thrown(() =>
      named(["id", "date", "nps"], { columns: { score: "Score" }, drivers: ["support"], segments: ["plan"] }),
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).code).toBe("NPSKIT_E_CONFIG");
    expect(error.message).toMatchInlineSnapshot(
      `"columns.score: column "Score" is not in data.csv (its columns: "id", "date", "nps"); segments: column "plan" is not in data.csv (its columns: "id", "date", "nps"); drivers: column "support" is not in data.csv (its columns: "id", "date", "nps")"`,
    );
  });

  it("refuses a column with two roles", () => {
    const error = thrown(() =>
      named(["date", "score", "support"], { drivers: ["support"], segments: ["support"] }),
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatchInlineSnapshot(`"drivers: column "support" is already segments"`);
  });

  it.each([
    [
      ["id", "date", "comment"],
      `no score column in data.csv: none of its columns ("id", "date", "comment") is named like one (score, nps, npsscore, rating, likelihood, likelihoodtorecommend…); set columns.score to the column's name`,
    ],
    [
      ["id", "when", "score"],
      `no date column in data.csv: none of its columns ("id", "when", "score") is named like one (submittedat, submitted, submissiondate, datesubmitted, responsedate, date…); set columns.submittedAt to the column's name`,
    ],
  ])("says which option to set when %j has no score or date", (header, message) => {
    const error = thrown(() => named(header));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe(message);
    expect((error as InputError).location).toEqual({ file: "data.csv", line: 1 });
  });

  it("refuses a segment name longer than the schema allows", () => {
    const long = `What did you like${"!".repeat(120)}`;
    const error = thrown(() => named(["date", "score", long]));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/segment names are at most 128 characters: add it to ignore/);
    expect(named(["date", "score", long], { ignore: [long] }).segments).toEqual([]);
    // Listed by the options, it can be named instead; a driver's name has the same bound.
    expect(
      mapHeader(["date", "score", long], { segments: { liked: long } }, "data.csv", 1).segmentNames,
    ).toEqual(["liked"]);
    const driver = thrown(() => mapHeader(["date", "score", long], { drivers: [long] }, "data.csv", 1));
    expect(driver.message).toMatch(
      /driver names are at most 128 characters: name it: drivers: \{ "a short name": "What did you like!+" \}$/,
    );
  });
});
