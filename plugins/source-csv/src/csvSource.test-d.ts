// Compile-time tests, checked by `tsc --noEmit` (vitest does not run *.test-d.ts files).
import type { SourceFactory, SourcePlugin } from "@npskit/core";
import { describe, expectTypeOf, test } from "vitest";
import csvDefault, { type CsvOptions, type CsvRow, csv, readCsvRows } from "./index.js";

describe("csv", () => {
  test("is a source factory taking CsvOptions", () => {
    expectTypeOf(csv).toEqualTypeOf<SourceFactory<CsvOptions>>();
    expectTypeOf(csvDefault).toEqualTypeOf<SourceFactory<CsvOptions>>();
    expectTypeOf(csv({ path: "r.csv" })).toEqualTypeOf<SourcePlugin>();
    csv({ path: "r.csv", columns: { score: "NPS", consentToContact: "Согласие" }, dateOrder: "DMY" });
    // @ts-expect-error: the path is required.
    csv({ delimiter: ";" });
    // @ts-expect-error: only response fields can be mapped.
    csv({ path: "r.csv", columns: { scroe: "NPS" } });
    // @ts-expect-error: the day/month order is one of three words.
    csv({ path: "r.csv", dateOrder: "YMD" });
  });

  test("readCsvRows yields batches of rows", () => {
    expectTypeOf(readCsvRows("r.csv")).toEqualTypeOf<AsyncIterable<CsvRow[]>>();
    expectTypeOf<CsvRow>().toEqualTypeOf<{ readonly fields: string[]; readonly line: number }>();
  });
});
