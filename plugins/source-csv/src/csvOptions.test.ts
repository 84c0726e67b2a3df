import { ConfigError } from "@npskit/core";
import { describe, expect, it } from "vitest";
import { type CsvOptions, resolveCsvOptions } from "./csvOptions.js";

describe("resolveCsvOptions", () => {
  it("fills in the defaults", () => {
    expect(resolveCsvOptions({ path: "data.csv" })).toEqual({
      path: "data.csv",
      encoding: undefined,
      delimiter: undefined,
      dateOrder: undefined,
      timeZone: undefined,
      batchSize: 1000,
      maxRecordBytes: 1048576,
    });
  });

  it("keeps what is given, with canonical time zone capitals", () => {
    const options: CsvOptions = {
      path: "data.csv",
      encoding: "cp1251",
      delimiter: "\t",
      dateOrder: "DMY",
      timeZone: "europe/moscow",
      batchSize: 10,
      maxRecordBytes: 4096,
      columns: { score: "Оценка" },
      segments: ["Регион"],
      ignore: ["IP"],
      drivers: ["Цена"],
    };
    expect(resolveCsvOptions(options)).toEqual({ ...options, timeZone: "Europe/Moscow" });
  });

  it("keeps segments and drivers named after their columns", () => {
    const options: CsvOptions = {
      path: "forms.csv",
      segments: { plan: "Which plan are you on?" },
      drivers: { support: "How would you rate our support?" },
    };
    expect(resolveCsvOptions(options)).toMatchObject(options);
  });

  it.each<[string, unknown, string]>([
    ["no path", {}, "path: must be the path of the CSV file to read (got undefined)"],
    [
      "an unknown encoding",
      { path: "a", encoding: "klingon" },
      'encoding: must be an encoding such as "utf-8", "utf-16le" or "windows-1251" (got "klingon")',
    ],
    [
      "a long delimiter",
      { path: "a", delimiter: ";;" },
      'delimiter: must be one character other than a quote or a line break (got ";;")',
    ],
    [
      "a quote delimiter",
      { path: "a", delimiter: '"' },
      'delimiter: must be one character other than a quote or a line break (got "\\"")',
    ],
    [
      "a date order",
      { path: "a", dateOrder: "YMD" },
      'dateOrder: must be "auto", "MDY" or "DMY" (got "YMD")',
    ],
    [
      "a time zone",
      { path: "a", timeZone: "Europe/Moskow" },
      'timeZone: "Europe/Moskow" is not an IANA time zone name (did you mean "Europe/Moscow"?)',
    ],
    ["a batch size", { path: "a", batchSize: 0 }, "batchSize: must be a positive integer (got 0)"],
    [
      "a record limit",
      { path: "a", maxRecordBytes: 1.5 },
      "maxRecordBytes: must be a positive integer (got 1.5)",
    ],
    [
      "an unknown field",
      { path: "a", columns: { scroe: "x" } },
      "columns.scroe: is not a response field (fields: score, submittedAt, id, comment, email, name, externalId, consentToContact, locale)",
    ],
    [
      "an empty column name",
      { path: "a", columns: { score: " " } },
      'columns.score: must be a column name (got " ")',
    ],
    [
      "columns as a list",
      { path: "a", columns: ["score"] },
      'columns: must map response fields to column names, e.g. { score: "NPS" }',
    ],
    [
      "segments as a string",
      { path: "a", segments: "region" },
      'segments: must be a list of column names, or an object naming each segment after its column ({ plan: "column name" }) (got "region")',
    ],
    [
      "a driver read from a number",
      { path: "a", drivers: { support: 3 } },
      'drivers: must be a list of column names, or an object naming each driver after its column ({ support: "column name" }) (got {"support":3})',
    ],
    [
      "an empty segment name",
      { path: "a", segments: { " ": "Where are you based?" } },
      "segments. : a segment name must be 1 to 128 characters",
    ],
    [
      "ignore as an object",
      { path: "a", ignore: { x: "y" } },
      'ignore: must be a list of column names (got {"x":"y"})',
    ],
    [
      "a misspelt option",
      { path: "a", delimeter: ";" },
      "delimeter: is not an option of the csv source (options: path, encoding, delimiter, columns, segments, ignore, drivers, dateOrder, timeZone, batchSize, maxRecordBytes, threads)",
    ],
  ])("refuses %s", (_, options, message) => {
    expect(() => resolveCsvOptions(options as CsvOptions)).toThrow(ConfigError);
    expect(() => resolveCsvOptions(options as CsvOptions)).toThrow(message);
  });

  it("reports every problem at once", () => {
    try {
      resolveCsvOptions({ path: "", batchSize: -1, dateOrder: "x" } as unknown as CsvOptions);
      expect.unreachable();
    } catch (error) {
      expect((error as ConfigError).issues.map((issue) => issue.pointer)).toEqual([
        "path",
        "dateOrder",
        "batchSize",
      ]);
    }
  });
});
