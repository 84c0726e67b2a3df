import { execFile } from "node:child_process";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { runCalcFromFile } from "./runCalcFromFile.js";

const run = promisify(execFile);
const generator = fileURLToPath(new URL("../../../../../bench/gen-responses.mjs", import.meta.url));
const mixed = fileURLToPath(new URL("../../../test/fixtures/mixed.ndjson", import.meta.url));
const surveyMonkeyFixtures = new URL(
  "../../../../../plugins/source-surveymonkey/test/fixtures/",
  import.meta.url,
);

interface TruthCell {
  month: string;
  region?: string;
  count: number;
  promoters: number;
  passives: number;
  detractors: number;
}
interface Truth {
  totals: { count: number; promoters: number; passives: number; detractors: number };
  byMonthRegion: TruthCell[];
}

let dir = "";
let csv = "";
let truth: Truth;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "npskit-calc-input-"));
  csv = join(dir, "responses.csv");
  const truthPath = join(dir, "truth.json");
  // CRLF and a BOM, as Excel writes them; comments carry quoted commas, newlines and Cyrillic.
  await run(process.execPath, [
    generator,
    "--rows",
    "30000",
    "--seed",
    "calc",
    "--crlf",
    "--bom",
    "--out",
    csv,
    "--truth",
    truthPath,
  ]);
  truth = JSON.parse(await readFile(truthPath, "utf8")) as Truth;
}, 60_000);

describe("runCalcFromFile", () => {
  it("matches the generator's exact totals, overall and by region", async () => {
    const result = await runCalcFromFile({ input: csv, by: ["region"], quarantine: false });
    expect(result.accounting).toMatchObject({
      read: 30000,
      accepted: 30000,
      unanswered: 0,
      rejected: 0,
      duplicates: 0,
    });
    expect(result).toMatchObject({
      n: truth.totals.count,
      promoters: truth.totals.promoters,
      passives: truth.totals.passives,
      detractors: truth.totals.detractors,
      format: "csv",
      period: null,
      quarantine: null,
    });
    const byRegion = new Map<string, { n: number; promoters: number }>();
    for (const cell of truth.byMonthRegion) {
      const sum = byRegion.get(cell.region!) ?? { n: 0, promoters: 0 };
      byRegion.set(cell.region!, { n: sum.n + cell.count, promoters: sum.promoters + cell.promoters });
    }
    expect(result.segments.region?.map((row) => [row.value, row.n, row.promoters])).toEqual(
      [...byRegion]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([region, sum]) => [region, sum.n, sum.promoters]),
    );
  });

  it("computes one period exactly, in the time zone asked", async () => {
    const month = truth.byMonthRegion[40]!.month;
    const cells = truth.byMonthRegion.filter((cell) => cell.month === month);
    const result = await runCalcFromFile({ input: csv, period: month, quarantine: false });
    expect(result.period?.key).toBe(month);
    expect([result.n, result.promoters, result.passives, result.detractors]).toEqual([
      cells.reduce((s, c) => s + c.count, 0),
      cells.reduce((s, c) => s + c.promoters, 0),
      cells.reduce((s, c) => s + c.passives, 0),
      cells.reduce((s, c) => s + c.detractors, 0),
    ]);
    // The generator's months are UTC: in Asia/Tokyo (+9) some late-evening responses move to the next month.
    const tokyo = await runCalcFromFile({
      input: csv,
      period: month,
      timeZone: "Asia/Tokyo",
      quarantine: false,
    });
    expect(tokyo.timeZone).toBe("Asia/Tokyo");
    expect(tokyo.n).not.toBe(result.n);
  });

  it("accounts for every record of a messy file and writes the quarantine", async () => {
    const quarantine = join(dir, "mixed.quarantine.ndjson");
    const result = await runCalcFromFile({ input: mixed, quarantine });
    expect(result.accounting).toEqual({
      read: 8,
      accepted: 2,
      unanswered: 1,
      rejected: 4,
      duplicates: 1,
      rejectedByReason: {
        "invalid /score": 1,
        "invalid /scroe": 1,
        "invalid record": 1,
        "not valid JSON": 1,
      },
    });
    expect(result.quarantine).toBe(quarantine);
    const lines = (await readFile(quarantine, "utf8"))
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => [line.kind, (line.location as { line: number }).line])).toEqual([
      ["duplicate", 2],
      ["invalid", 5],
      ["invalid", 6],
      ["invalid", 8],
      ["invalid", 9],
    ]);
    expect(lines[1]).toMatchObject({ source: "npskit:ndjson", raw: { id: "a4", score: 11 } });
  });

  it("writes no quarantine when nothing is rejected", async () => {
    const result = await runCalcFromFile({ input: csv, quarantine: join(dir, "never.ndjson") });
    expect(result.quarantine).toBeNull();
    await expect(readFile(join(dir, "never.ndjson"))).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("fails with a plugin error naming the file when it is missing", async () => {
    await expect(
      runCalcFromFile({ input: join(dir, "missing.csv"), quarantine: false }),
    ).rejects.toMatchObject({
      code: "NPSKIT_E_PLUGIN",
    });
  });

  it.each([
    ["a SurveyMonkey CSV export, recognised by its Respondent ID column", "acme-condensed-text.csv"],
    ["a SurveyMonkey XLSX export", "acme-condensed-text.xlsx"],
  ])("reads %s without --format", async (_what, name) => {
    const input = fileURLToPath(new URL(name, surveyMonkeyFixtures));
    const result = await runCalcFromFile({ input, quarantine: false });
    // Counted independently in plugins/source-surveymonkey: 40 respondents, 14/13/13, NPS 2.5.
    expect(result).toMatchObject({
      format: "surveymonkey",
      n: 40,
      promoters: 14,
      passives: 13,
      detractors: 13,
      nps: 2.5,
    });
  });

  it("asks for --format when the extension says nothing", async () => {
    await expect(
      runCalcFromFile({ input: join(dir, "export.dat"), quarantine: false }),
    ).rejects.toMatchObject({
      code: "NPSKIT_E_USAGE",
      message: expect.stringContaining("add --format csv|surveymonkey|ndjson|webhook-store"),
    });
  });
});
