import { readFile } from "node:fs/promises";
import type { SourceProgress } from "@npskit/core";
import { checkSourceContract } from "@npskit/core/testing";
import { describe, expect, it } from "vitest";
import { counts, fixture, npsOf, run } from "../test/runSource.js";
import surveyMonkeyDefault, { surveyMonkey } from "./index.js";

describe("the shared SurveyMonkey fixture (acme-condensed-text.csv)", () => {
  // Counted independently of this code, with Python's csv module on the shared file:
  //   rows = list(csv.reader(open(path, encoding="utf-8", newline="")))[2:]
  //   scores = [int(re.search(r"(\d+)$", r[9]).group(1)) for r in rows if r[9].strip()]
  // 40 data rows (42 records, 46 physical lines: three comments hold a line break), all 40 answered,
  // 0 unanswered; scores 0:1 1:3 2:1 3:3 4:3 5:2 7:9 8:4 9:6 10:8 → 14 promoters, 13 passives,
  // 13 detractors; NPS (14 − 13) / 40 × 100 = 2.5; 26 comments; regions East 18, North 9, South 7, West 6.
  const options = { path: fixture("acme-condensed-text.csv") };

  it("keeps the source contract with the exact counts", async () => {
    const report = await checkSourceContract(() => surveyMonkey({ ...options, batchSize: 7 }), {
      expect: counts(40, 40, 0, 0),
    });
    expect(report.violations).toEqual([]);
    expect(npsOf(report.responses)).toEqual({ promoters: 14, passives: 13, detractors: 13, nps: 2.5 });
    expect(report.responses.filter((r) => r.comment !== undefined)).toHaveLength(26);
  });

  it("maps each respondent to a response, with the raw row and its line", async () => {
    const result = await run(
      {
        ...options,
        segments: ["Which region are you in?"],
        segmentNames: { "Which region are you in?": "region" },
      },
      "America/New_York",
    );
    expect(result.responses[0]).toEqual({
      id: "19085864118",
      score: 4,
      submittedAt: "2026-10-02T20:23:04-04:00",
      segments: { region: "North" },
      source: "npskit:surveymonkey",
    });
    // "Slow\nloading pages": a quoted line break, kept; the record starts on line 10.
    expect(result.responses[7]).toMatchObject({
      id: "19085919551",
      score: 9,
      comment: "Slow\nloading pages",
    });
    expect(result.locations[7]).toEqual({ file: options.path, line: 10 });
    expect(result.locations[8]).toEqual({ file: options.path, line: 12 });
    expect(result.responses[8]).toMatchObject({ score: 0, submittedAt: "2026-10-13T23:59:24-04:00" });
    const regions: Record<string, number> = {};
    for (const { segments } of result.responses)
      regions[segments!.region!] = (regions[segments!.region!] ?? 0) + 1;
    expect(regions).toEqual({
      East: 18,
      North: 9,
      South: 7,
      West: 6,
    });
    expect(result.logs).toMatchInlineSnapshot(`
      [
        "info: acme-condensed-text.csv: CSV, encoding utf-8, delimiter ","",
        "info: acme-condensed-text.csv: NPS question ← column 10 "How likely is it that you would recommend Acme Analytics to a friend or colleague?" (found by its text); answers read as scores 0–10 (choice labels ending in the score)",
        "info: acme-condensed-text.csv: comment ← column 11 "Please tell us why you chose this score" (the NPS question's comment box)",
        "info: acme-condensed-text.csv: segments region ← column 12 "Which region are you in?"",
        "info: acme-condensed-text.csv: 40 records read, 0 rejected while reading",
      ]
    `);
  });

  it("reads the dates in the timeZone option rather than the config's", async () => {
    const result = await run({ ...options, timeZone: "Asia/Tokyo" }, "UTC");
    expect(result.responses[0]!.submittedAt).toBe("2026-10-02T20:23:04+09:00");
  });

  it("passes every cell on as raw, keyed by the header", async () => {
    const raws: unknown[] = [];
    const plugin = surveyMonkey(options);
    for await (const batch of plugin.read!({
      signal: new AbortController().signal,
      logger: { debug() {}, info() {}, warn() {}, error() {} },
      timeZone: "UTC",
      baseDir: process.cwd(),
      reject() {},
      progress() {},
    })) {
      for (const record of batch) raws.push(record.raw);
    }
    expect(raws[3]).toEqual({
      "Respondent ID": "19085887875",
      "Collector ID": "414754235",
      "Start Date": "09/25/2026 03:22:59 PM",
      "End Date": "09/25/2026 03:31:15 PM",
      "IP Address": "203.0.113.4",
      "Email Address": "",
      "First Name": "",
      "Last Name": "",
      "Custom Data 1": "",
      "How likely is it that you would recommend Acme Analytics to a friend or colleague? [Response]": "2",
      "How likely is it that you would recommend Acme Analytics to a friend or colleague? [Please tell us why you chose this score]":
        "Too expensive",
      "Which region are you in?": "East",
      "Which features do you use? [Dashboard]": "Dashboard",
      "Which features do you use? [Reports]": "",
      "Which features do you use? [Alerts]": "",
      "What could we do better?": "More integrations, please",
    });
  });

  it("reports progress in bytes and records", async () => {
    const updates: SourceProgress[] = [];
    const plugin = surveyMonkey({ ...options, batchSize: 10 });
    for await (const _ of plugin.read!({
      signal: new AbortController().signal,
      logger: { debug() {}, info() {}, warn() {}, error() {} },
      timeZone: "UTC",
      baseDir: process.cwd(),
      reject() {},
      progress: (update) => void updates.push(update),
    })) {
      // drain
    }
    const size = (await readFile(options.path)).length;
    expect(updates.at(-1)).toEqual({ bytes: size, totalBytes: size, records: 40 });
  });

  it("reads the same responses from the XLSX export of the same data", async () => {
    const csv = await run(options, "Europe/Moscow");
    const report = await checkSourceContract(
      () => surveyMonkey({ path: fixture("acme-condensed-text.xlsx"), batchSize: 7 }),
      { expect: counts(40, 40, 0, 0), timeZone: "Europe/Moscow" },
    );
    expect(report.violations).toEqual([]);
    expect(report.responses).toEqual(csv.responses);
  });
});

describe("realistic exports", () => {
  it("reads a numerical-value export that codes the choices 1–11", async () => {
    // Positions 11 10 1 6 9 8 11 3 (skipped) 7 10 2 → scores 10 9 0 5 8 7 10 2 – 6 9 1.
    const result = await run({
      path: fixture("numerical-value.csv"),
      segments: ["Custom Data 1", "Which plan are you on?"],
      segmentNames: { "Which plan are you on?": "plan", "Custom Data 1": "channel" },
    });
    expect(result.accounting).toEqual(counts(12, 11, 1, 0));
    expect(result.responses.map((r) => r.score)).toEqual([10, 9, 0, 5, 8, 7, 10, 2, null, 6, 9, 1]);
    expect(npsOf(result.responses)).toEqual({
      promoters: 4,
      passives: 2,
      detractors: 5,
      nps: expect.closeTo(-100 / 11, 10),
    });
    expect(result.responses[0]).toEqual({
      id: "20100000001",
      score: 10,
      submittedAt: "2026-10-01T09:09:07Z",
      comment: "Fast support",
      segments: { channel: "email", plan: "3" },
      respondent: { email: "anna@example.com", name: "Anna Lee" },
      source: "npskit:surveymonkey",
    });
    // "n/a" is no e-mail address: left out, the response kept.
    expect(result.responses[1]!.respondent).toBeUndefined();
    expect(result.logs[1]).toContain(
      "answers read as choice positions 1–11, score = position − 1 (an 11 and no 0 among 11 numeric answers)",
    );
  });

  it("rejects the 11s of a position-coded export read as scores, saying which option to set", async () => {
    const result = await run({ path: fixture("numerical-value.csv"), coding: "score" });
    expect(result.accounting).toEqual(counts(12, 9, 1, 2));
    expect(result.rejections.map((r) => `${r.line}:${r.column} ${r.reason}`)).toEqual([
      '3:10 not a score: 11 is over 10 (if this export numbers the choices 1–11, set the coding option to "position")',
      '9:10 not a score: 11 is over 10 (if this export numbers the choices 1–11, set the coding option to "position")',
    ]);
  });

  it("reads a Russian export with a byte order mark, CRLF and answers in Russian", async () => {
    const city = "В каком городе вы живёте?";
    const result = await run(
      { path: fixture("russian-bom-crlf.csv"), segments: [city], segmentNames: { [city]: "город" } },
      "Europe/Moscow",
    );
    expect(result.accounting).toEqual(counts(8, 7, 1, 0));
    expect(result.responses.map((r) => r.score)).toEqual([10, 9, 0, 7, null, 8, 3, 10]);
    expect(npsOf(result.responses)).toEqual({
      promoters: 3,
      passives: 2,
      detractors: 2,
      nps: expect.closeTo(100 / 7, 10),
    });
    expect(result.responses[0]).toEqual({
      id: "30100000001",
      score: 10,
      submittedAt: "2026-10-03T10:05:00+03:00",
      comment: "Всё отлично, спасибо!",
      segments: { город: "Москва" },
      respondent: { email: "anna@example.ru", name: "Анна Смирнова" },
      source: "npskit:surveymonkey",
    });
    expect(result.responses[2]!.comment).toBe('Заказ потеряли, поддержка ответила "ждите"');
    // A line break inside quotes is kept as written (CRLF, like the rest of this file).
    expect(result.responses[3]!.comment).toBe("Нормально,\r\nно дорого");
    // 11:45 PM on 31 October in Moscow: still October there (20:45Z).
    expect(result.responses[7]!.submittedAt).toBe("2026-10-31T23:45:00+03:00");
    expect(result.logs[0]).toBe(
      'info: russian-bom-crlf.csv: CSV, encoding utf-8 with a byte order mark, delimiter ","',
    );
  });

  it("uses an open-ended question as the comment when the NPS question has no comment box", async () => {
    const path = fixture("comment-by-option.csv");
    const without = await run({ path });
    expect(without.responses.every((r) => r.comment === undefined)).toBe(true);
    expect(without.logs[2]).toBe(
      "info: comment-by-option.csv: no comment: the NPS question has no comment box (the commentQuestion option can name an open-ended question)",
    );

    const result = await run({
      path,
      commentQuestion: "What is the main reason for your score?",
      segments: ["Which plan are you on?", "Custom Data 1"],
      segmentNames: { "Which plan are you on?": "plan", "Custom Data 1": "channel" },
    });
    expect(result.accounting).toEqual(counts(8, 7, 1, 0));
    expect(npsOf(result.responses)).toEqual({ promoters: 3, passives: 1, detractors: 3, nps: 0 });
    expect(result.responses.map((r) => [r.score, r.comment, r.segments])).toEqual([
      [10, "It just works", { plan: "Team", channel: "web" }],
      [6, "Too many bugs", { plan: "Free", channel: "email" }],
      // Wrote in the "Other (please specify)" box: the segment is "Other", not the free text.
      [9, "Great API", { plan: "Other", channel: "web" }],
      [null, "Did not use it enough", { plan: "Team", channel: "web" }],
      [8, undefined, { plan: "Business", channel: "email" }],
      [0, "Lost my data, twice", { plan: "Free", channel: "email" }],
      [10, "Support, support, support", { plan: "Business", channel: "web" }],
      [4, undefined, { plan: "Free" }],
    ]);
    expect(result.logs[2]).toBe(
      'info: comment-by-option.csv: comment ← column 13 "What is the main reason for your score?" (commentQuestion)',
    );
  });

  it("counts a skipped NPS question as unanswered, never a detractor, and skips trailing empty rows", async () => {
    const result = await run({ path: fixture("skipped-nps.csv") });
    expect(result.accounting).toEqual(counts(6, 3, 3, 0));
    expect(result.responses.map((r) => r.score)).toEqual([9, null, 5, null, null, 10]);
    expect(npsOf(result.responses)).toEqual({
      promoters: 2,
      passives: 0,
      detractors: 1,
      nps: expect.closeTo(100 / 3, 10),
    });
    // No End Date (a partial response): the Start Date is used.
    expect(result.responses[3]).toMatchObject({ id: "50100000004", submittedAt: "2026-11-05T15:00:00Z" });
    expect(result.responses[4]).toMatchObject({ score: null, comment: "No opinion yet" });
  });

  it("rejects broken cells and records with their line and column, and reads the rest", async () => {
    const result = await run({ path: fixture("broken-cells.csv") });
    expect(result.accounting).toEqual(counts(10, 3, 0, 7));
    expect(result.responses.map((r) => r.score)).toEqual([10, 7, 0]);
    expect(
      result.rejections.map((r) => `line ${r.line}, column ${r.column}: ${r.reason}`),
    ).toMatchInlineSnapshot(`
      [
        "line 4, column 10: not an NPS answer: "Extremely likely - 11" ends in 11, but the scale ends at 10",
        "line 6, column 10: not an NPS answer: "abc" (expected 0 to 10, or a choice label ending in " - 0" … " - 10")",
        "line 7, column 10: not a score: 11 is over 10 (if this export numbers the choices 1–11, set the coding option to "position")",
        "line 8, column 10: not an NPS answer: "-1" (expected 0 to 10, or a choice label ending in " - 0" … " - 10")",
        "line 9, column 4: "13/08/2026 10:02:00 AM" does not fit the month/day, MM/DD/YYYY order of this file; set the dateOrder option if that order is wrong",
        "line 11, column undefined: wrong number of fields: the row has 10, the header has 11",
        "line 12, column undefined: unterminated quote: the file ends inside the quoted field opened on line 12",
      ]
    `);
    // The raw row travels with a rejection, for the quarantine file.
    expect(result.rejections[0]!.raw).toMatchObject({ "Respondent ID": "60100000002" });
  });

  it("reads an expanded export: one column per choice", async () => {
    const result = await run({ path: fixture("expanded-columns.csv") });
    expect(result.accounting).toEqual(counts(5, 3, 1, 1));
    expect(result.responses.map((r) => [r.score, r.comment])).toEqual([
      [10, "Fast and friendly"],
      [3, "Too slow"],
      [null, undefined],
      [9, undefined],
    ]);
    expect(result.rejections.map((r) => `${r.line}:${r.column} ${r.reason}`)).toEqual([
      "7:12 several NPS choices are marked (2, 8)",
    ]);
  });

  it("warns when numbers 1–10 could be scores or positions, and reads positions when told", async () => {
    const path = fixture("ambiguous-coding.csv");
    const auto = await run({ path });
    expect(auto.responses.map((r) => r.score)).toEqual([10, 9, 1, 7, 10]);
    expect(auto.logs.filter((l) => l.startsWith("warn"))).toMatchInlineSnapshot(`
      [
        "warn: ambiguous-coding.csv: the NPS answers in the first 5 rows are all 1–10 (no 0, no 11): read as scores 0–10. If this is a "numerical value" export that numbers the choices 1–11, set the coding option to "position"",
      ]
    `);
    const position = await run({ path, coding: "position" });
    expect(position.responses.map((r) => r.score)).toEqual([9, 8, 0, 6, 9]);
    expect(position.logs.filter((l) => l.startsWith("warn"))).toEqual([]);
  });

  it("is the default export too", () => {
    expect(surveyMonkeyDefault).toBe(surveyMonkey);
    expect(surveyMonkey({ path: "a.csv" }).name).toBe("npskit:surveymonkey");
  });
});
