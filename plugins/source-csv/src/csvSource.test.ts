import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  type Accounting,
  ConfigError,
  type ErrorLocation,
  InputError,
  PluginError,
  type SurveyResponse,
} from "@npskit/core";
import { checkSourceContract, collectSource } from "@npskit/core/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordingContext as context } from "../test/recordingContext.js";
import type { CsvOptions } from "./csvOptions.js";
import csvDefault, { csv } from "./index.js";

const fixture = (name: string) => fileURLToPath(new URL(`../test/fixtures/${name}`, import.meta.url));

interface Run {
  accounting: Omit<Accounting, "rejectedByReason">;
  responses: readonly SurveyResponse[];
  rejections: { line: number | undefined; column: ErrorLocation["column"]; reason: string }[];
  logs: string[];
}

/** Runs the source through the real ingest pipeline, as the CLI does. */
async function run(options: CsvOptions, timeZone = "UTC"): Promise<Run> {
  const result = await collectSource(csv(options), { timeZone });
  const { rejectedByReason: _, ...accounting } = result.accounting;
  const rejections = result.rejections.map(({ location, reason }) => ({
    line: location.line,
    column: location.column,
    reason,
  }));
  const logs = result.logs.map((line) => line.replaceAll(fixture(""), ""));
  return { accounting, responses: result.responses, rejections, logs };
}

const counts = (read: number, accepted: number, unanswered: number, rejected: number) => ({
  read,
  accepted,
  unanswered,
  rejected,
  duplicates: 0,
});

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "npskit-csv-source-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("csv source on real exports", () => {
  it("reads a Russian Excel export into responses in the config's time zone", async () => {
    const result = await run(
      { path: fixture("russian-excel.csv"), drivers: ["Поддержка", "Цена"] },
      "Europe/Moscow",
    );
    expect(result.accounting).toEqual(counts(7, 5, 1, 1));
    expect(result.responses).toEqual([
      {
        id: "1",
        score: 10,
        submittedAt: "2026-10-01T09:15:00+03:00",
        comment: "Отличный сервис, рекомендую!",
        segments: { Регион: "Москва", Тариф: "Про" },
        drivers: { Поддержка: 9.5, Цена: 8 },
        respondent: { email: "anna@example.ru", consentToContact: true },
        source: "npskit:csv",
      },
      {
        id: "2",
        score: 6,
        submittedAt: "2026-10-01T12:40:00+03:00",
        comment: "Дорого; и поддержка отвечает долго",
        segments: { Регион: "Санкт-Петербург", Тариф: "Базовый" },
        drivers: { Поддержка: 4.5, Цена: 3 },
        respondent: { consentToContact: false },
        source: "npskit:csv",
      },
      {
        id: "3",
        score: 9,
        submittedAt: "2026-10-02T18:05:00+03:00",
        segments: { Регион: "Москва", Тариф: "Про" },
        drivers: { Поддержка: 10, Цена: null },
        source: "npskit:csv",
      },
      {
        id: "4",
        score: null,
        submittedAt: "2026-10-03T23:30:00+03:00",
        comment: "Не захотел отвечать на вопрос",
        segments: { Регион: "Казань", Тариф: "Базовый" },
        drivers: { Поддержка: null, Цена: null },
        source: "npskit:csv",
      },
      {
        id: "5",
        score: 8,
        submittedAt: "2026-10-15T08:00:00+03:00",
        comment: 'Хорошо, но "Отчёты" грузятся медленно',
        segments: { Регион: "Новосибирск", Тариф: "Про" },
        drivers: { Поддержка: 7.25, Цена: 6.5 },
        respondent: { email: "ivan@example.ru", consentToContact: true },
        source: "npskit:csv",
      },
      {
        id: "6",
        score: 3,
        submittedAt: "2026-10-31T23:45:00+03:00",
        comment: "Списали деньги дважды.\nВозврата до сих пор нет",
        segments: { Регион: "Москва", Тариф: "Базовый" },
        drivers: { Поддержка: 2, Цена: 1.5 },
        source: "npskit:csv",
      },
    ]);
    expect(result.rejections).toEqual([
      { line: 9, column: "Оценка", reason: 'not a score: "8,5" is not a whole number from 0 to 10' },
    ]);
    expect(result.logs).toMatchInlineSnapshot(`
      [
        "info: russian-excel.csv: encoding windows-1251 (detected: not UTF-8), delimiter ";" (detected)",
        "info: russian-excel.csv: columns score ← "Оценка", submittedAt ← "Дата", id ← "№", comment ← "Комментарий", email ← "Email", consentToContact ← "Согласие на связь"; segments "Регион", "Тариф"; drivers "Поддержка", "Цена"",
        "info: russian-excel.csv: 7 records read, 1 rejected while reading",
      ]
    `);
  });

  it("reads Excel's Unicode Text (UTF-16LE, tabs) with local times in the source's own time zone", async () => {
    const result = await run({ path: fixture("unicode-text.tsv"), timeZone: "Europe/Paris" }, "UTC");
    expect(result.accounting).toEqual(counts(5, 4, 1, 0));
    expect(result.responses.map((r) => [r.id, r.score, r.submittedAt, r.comment, r.segments])).toEqual([
      ["a-101", 9, "2026-10-05T14:03:00+02:00", "Très bien, merci ! 😊", { Country: "France", Plan: "pro" }],
      [
        "a-102",
        4,
        "2026-10-05T16:20:00+02:00",
        "Export dauert zu lange",
        { Country: "Germany", Plan: "free" },
      ],
      [
        "a-103",
        10,
        "2026-10-06T09:00:00+02:00",
        'Tabs\tand "quotes" inside',
        { Country: "Spain", Plan: "enterprise" },
      ],
      ["a-104", 7, "2026-10-07T11:45:30+02:00", "Нормально, но дорого", { Country: "Russia", Plan: "pro" }],
      ["a-105", null, "2026-10-08T00:00:00+02:00", undefined, { Country: "France", Plan: "free" }],
    ]);
  });

  it("reads UTF-8 with a BOM, quoted commas, multi-line comments and offsets", async () => {
    const result = await run({ path: fixture("utf8-bom-quoted.csv") });
    expect(result.accounting).toEqual(counts(6, 6, 0, 0));
    expect(result.responses.map((r) => [r.id, r.submittedAt, r.comment, r.segments])).toEqual([
      [
        "1001",
        "2026-10-01T09:00:00+03:00",
        "Fast, reliable, and the support team is amazing",
        { Region: "Europe", Plan: "pro" },
      ],
      [
        "1002",
        "2026-10-01T06:30:00Z",
        'Login fails with "session expired" every morning',
        { Region: "North America", Plan: "free" },
      ],
      [
        "1003",
        "2026-10-02T12:00:00-05:00",
        "Good overall.\nBut the mobile app is slow,\nand exports too.",
        { Region: "LATAM", Plan: "pro" },
      ],
      ["1004", "2026-10-03T08:15:00.250+05:30", undefined, { Region: "APAC", Plan: "enterprise" }],
      [
        "1005",
        "2026-10-04T23:59:59Z",
        "Дорого, неудобно.\n\nПоддержка не отвечает",
        { Region: "Europe", Plan: "free" },
      ],
      ["1006", "2026-10-05T10:00:00+02:00", "Does the job", { Region: "Europe" }],
    ]);
  });

  it("reads US dates (MM/DD/YYYY hh:mm:ss AM) across the end of daylight saving time", async () => {
    const result = await run({ path: fixture("us-dates.csv") }, "America/New_York");
    expect(result.accounting).toEqual(counts(5, 5, 0, 0));
    expect(result.responses.map((r) => [r.id, r.submittedAt])).toEqual([
      ["114000001", "2026-10-01T09:15:00-04:00"],
      ["114000002", "2026-10-13T16:21:36-04:00"],
      ["114000003", "2026-10-31T00:05:00-04:00"],
      ["114000004", "2026-10-31T12:30:00-04:00"],
      ["114000005", "2026-11-02T08:00:00-05:00"],
    ]);
    expect(result.logs).toContain(
      'info: us-dates.csv: dates in column "date" read as MM/DD/YYYY (from "10/13/2026 04:21:36 PM")',
    );
  });

  it("fails before reading when dates cannot tell day from month, and reads them with dateOrder", async () => {
    const error = await run({ path: fixture("ambiguous-dates.csv") }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PluginError);
    expect((error as PluginError).cause).toBeInstanceOf(InputError);
    expect((error as Error).message.replace(fixture(""), "")).toMatchInlineSnapshot(
      `"plugin "npskit:csv" failed in read(): cannot tell day from month in column "date" of ambiguous-dates.csv: in all 3 slash dates of its first rows, like "03/04/2026 10:00", both parts are 12 or less; set the dateOrder option to "DMY" (day first) or "MDY" (month first)"`,
    );
    const result = await run({ path: fixture("ambiguous-dates.csv"), dateOrder: "DMY" }, "Europe/Moscow");
    expect(result.responses.map((r) => r.submittedAt)).toEqual([
      "2026-04-03T10:00:00+03:00",
      "2026-06-05T11:30:00+03:00",
      "2026-11-12T18:45:00+03:00",
    ]);
  });

  it("rejects a date that contradicts the detected day/month order", async () => {
    const result = await run({ path: fixture("contradicting-dates.csv") });
    expect(result.accounting).toEqual(counts(13, 12, 0, 1));
    expect(result.rejections).toEqual([
      {
        line: 13,
        column: "date",
        reason:
          '"10/31/2026" does not fit the day/month, DD/MM/YYYY order of this file; set the dateOrder option if that order is wrong',
      },
    ]);
    expect(result.responses.at(-1)?.submittedAt).toBe("2026-11-01T00:00:00Z");
  });

  it("accounts for every record of a damaged file: good rows after the damage are read, bad ones located", async () => {
    const result = await run({ path: fixture("broken.csv") });
    expect(result.accounting).toEqual(counts(15, 6, 1, 8));
    expect(result.responses.map((r) => r.id)).toEqual(["r01", "r02", "r04", "r09", "r10", "r11", "r15"]);
    expect(result.responses.find((r) => r.id === "r10")?.comment).toBe("Multi-line,\nstill fine");
    expect(result.rejections.map((r) => `${r.line} ${r.column ?? "-"}: ${r.reason}`)).toMatchInlineSnapshot(`
      [
        "4 -: text after a closing quote: the quoted field closed on line 12 is followed by other text (is a quote unterminated, or not doubled inside quotes?)",
        "6 -: wrong number of fields: the row has 7, the header has 5",
        "7 score: not a score: "11" is not a whole number from 0 to 10",
        "8 score: not a score: "abc" is not a whole number from 0 to 10",
        "9 submitted_at: not a real date: "2026-02-30T10:00:00Z"",
        "15 score: not a score: "8,5" is not a whole number from 0 to 10",
        "16 -: text after a closing quote: the quoted field closed on line 16 is followed by other text (is a quote unterminated, or not doubled inside quotes?)",
        "17 -: wrong number of fields: the row has 4, the header has 5",
      ]
    `);
  });

  it("keeps the source contract, abort included", async () => {
    const report = await checkSourceContract(() => csv({ path: fixture("broken.csv"), batchSize: 2 }), {
      expect: { read: 15, accepted: 6, unanswered: 1, rejected: 8 },
    });
    expect(report.violations).toEqual([]);
    expect(
      report.rejections.every((r) => r.location.file === fixture("broken.csv") && r.location.line! > 1),
    ).toBe(true);
  });

  it("is the package's default export", () => {
    expect(csvDefault).toBe(csv);
    expect(csv({ path: "x.csv" }).name).toBe("npskit:csv");
  });
});

describe("csv source failures and context", () => {
  async function file(name: string, content: string | Uint8Array): Promise<string> {
    const path = join(dir, name);
    await writeFile(path, content);
    return path;
  }

  it("throws a ConfigError for a configured column the file lacks, before yielding anything", async () => {
    const { ctx } = context();
    const batches = csv({ path: fixture("broken.csv"), columns: { score: "NPS" } }).read!(ctx);
    const error = await batches[Symbol.asyncIterator]()
      .next()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toMatchInlineSnapshot(
      `"columns.score: column "NPS" is not in ${fixture("broken.csv")} (its columns: "id", "submitted_at", "score", "comment", "region")"`,
    );
  });

  it("throws a ConfigError for bad options when the source is made", () => {
    expect(() => csv({ path: "" })).toThrow(ConfigError);
  });

  it.each([
    ["an empty file", "", "is empty: it has no header row"],
    ["a broken header", '"id,score\n1,9\n', "1: cannot read the header row: unterminated quote"],
  ])("throws an InputError for %s", async (_, content, message) => {
    const path = await file("bad-header.csv", content);
    const { ctx } = context();
    const error = await (async () => {
      for await (const _batch of csv({ path, delimiter: "," }).read!(ctx));
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toContain(message);
  });

  it("reads a header without rows as no records", async () => {
    const path = await file("header-only.csv", "id,date,score\r\n");
    expect((await run({ path })).accounting).toEqual(counts(0, 0, 0, 0));
  });

  it("rejects records that are not UTF-8 in a UTF-8 file, and warns once", async () => {
    const head = `id,date,score,comment\n${"1,2026-10-01,9,ascii only\n".repeat(45_000)}`;
    const bad = Buffer.from([...Buffer.from("2,2026-10-01,3,"), 0xcf, 0xeb, 0xee, 0xf5, 0xee, 0x0a]);
    const path = await file(
      "mixed-encoding.csv",
      Buffer.concat([Buffer.from(head), bad, bad, Buffer.from("3,2026-10-02,10,ok\n")]),
    );
    const { ctx, rejected, logs } = context();
    let records = 0;
    for await (const batch of csv({ path }).read!(ctx)) records += batch.length;
    expect(records).toBe(45_001);
    expect(rejected.map((r) => [r.location.line, r.reason.split(":")[0]])).toEqual([
      [45_002, "invalid UTF-8"],
      [45_003, "invalid UTF-8"],
    ]);
    expect(logs.filter((m) => m.startsWith("warn"))).toEqual([
      `warn: ${path}: some records are not valid UTF-8: set the encoding option (e.g. "windows-1251")`,
    ]);
  });

  it("reports progress with bytes, file size and records", async () => {
    const { ctx, progress } = context();
    for await (const _ of csv({ path: fixture("broken.csv"), batchSize: 3 }).read!(ctx));
    expect(progress.at(-1)).toEqual({ bytes: 862, totalBytes: 862, records: 15 });
  });

  it("stops promptly when aborted, yielding nothing more", async () => {
    const path = await file("many.csv", `id,date,score\n${"1,2026-10-01,9\n".repeat(200_000)}`);
    const controller = new AbortController();
    const { ctx } = context(controller.signal);
    let batches = 0;
    for await (const _ of csv({ path, batchSize: 100 }).read!(ctx)) {
      batches += 1;
      controller.abort();
    }
    expect(batches).toBe(1);
  });
});

describe("csv: paths", () => {
  it("reads a relative path from the base folder the pipeline gives (the config file's)", async () => {
    const dir = await mkdtemp(join(tmpdir(), "npskit-csv-base-"));
    try {
      await writeFile(join(dir, "r.csv"), "id,submitted_at,score\n1,2026-10-01T10:00:00Z,9\n");
      const result = await collectSource(csv({ path: "r.csv" }), { baseDir: dir });
      expect(result.accounting).toMatchObject({ read: 1, accepted: 1 });
      expect(result.locations[0]).toMatchObject({ file: join(dir, "r.csv"), line: 2 });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
