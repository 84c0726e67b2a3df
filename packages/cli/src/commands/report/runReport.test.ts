import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Logger, ReportModel } from "@npskit/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DROP, dropProject, EXAMPLE_DATA, filesIn, removeDir, tempDir } from "../../../test/reportData.js";
import { type ReportOptions, runReport } from "./runReport.js";

const NOW = new Date("2026-11-02T09:00:00Z");
const dirs: string[] = [];
let data = "";

beforeAll(async () => {
  const project = await dropProject();
  dirs.push(project.dir);
  data = project.data;
});
afterAll(() => Promise.all(dirs.map(removeDir)));

async function outDir(): Promise<string> {
  const dir = await tempDir("npskit-run-report-");
  dirs.push(dir);
  return dir;
}

async function readModel(file: string): Promise<ReportModel> {
  return JSON.parse(await readFile(file, "utf8")) as ReportModel;
}

/** A logger that keeps what it is told. */
function recordingLogger(): Logger & { readonly lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    debug: () => undefined,
    info: (message) => lines.push(`info: ${message}`),
    warn: (message) => lines.push(`warn: ${message}`),
    error: (message) => lines.push(`error: ${message}`),
  };
}

/** `runReport` on the drop data for October, with no config, into `out`; `extra` adds or overrides options. */
function reportOn(out: string, extra: Partial<ReportOptions>) {
  return runReport({ config: false, input: [data], period: "2026-10", now: NOW, outDir: out, ...extra });
}

describe("runReport", () => {
  it("reads, accounts for every record, writes the formats asked for and the quarantine file named by period", async () => {
    const out = await outDir();
    const run = await reportOn(out, {
      formats: ["json", "md"],
    });
    expect(run.config).toBeNull();
    expect(run.period).toBe("2026-10");
    expect(run.outDir).toBe(out);
    expect(run.accounting).toMatchObject({
      read: DROP.read,
      accepted: DROP.accepted,
      unanswered: DROP.unanswered,
      rejected: DROP.rejected,
      duplicates: 0,
    });
    expect(run.quarantine).toBe(join(out, "nps-2026-10.quarantine.ndjson"));
    // no temporary file left behind: only the reports and the quarantine file
    expect(await filesIn(out)).toEqual([
      "nps-2026-10.json",
      "nps-2026-10.md",
      "nps-2026-10.quarantine.ndjson",
    ]);
    const quarantined = (await readFile(run.quarantine!, "utf8"))
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(quarantined.map((r) => [r.kind, r.location.line])).toEqual([
      ["invalid", 83],
      ["invalid", 84],
    ]);
    expect(run.reports).toHaveLength(1);
    const [report] = run.reports;
    expect(report).toMatchObject({
      scope: {},
      answered: DROP.october.answered,
      displayed: DROP.october.displayed,
    });
    expect(report!.nps).toBeCloseTo(DROP.october.nps, 10);
    expect(report!.change?.significant).toBe(true);
    expect(report!.change!.difference).toBeCloseTo(DROP.october.nps - 100, 10);
    expect(report!.files).toEqual([join(out, "nps-2026-10.json"), join(out, "nps-2026-10.md")]);
    expect(run.gateFailures).toEqual([]);

    const model = await readModel(join(out, "nps-2026-10.json"));
    expect(model.overall).toMatchObject({ answered: 41, unanswered: 1, promoters: 11, detractors: 30 });
    expect(model.dataQuality).toMatchObject({
      read: 84,
      rejected: 2,
      quarantine: "nps-2026-10.quarantine.ndjson",
    });
    expect(model.generatedAt).toBe("2026-11-02T09:00:00Z");
    const markdown = await readFile(join(out, "nps-2026-10.md"), "utf8");
    expect(markdown).toContain("**NPS −46**");
  });

  it("reproduces the example project's October: NPS 33 (22.1 to 43.2), up 17 from September, significant", async () => {
    const out = await outDir();
    const run = await runReport({
      config: false,
      input: [EXAMPLE_DATA],
      timeZone: "Europe/Moscow",
      period: "2026-10",
      now: NOW,
      outDir: out,
      formats: ["json"],
    });
    expect(run.accounting).toMatchObject({ read: 2582, rejected: 4 });
    const [report] = run.reports;
    expect(report!.answered).toBe(196);
    expect(report!.displayed).toBe(33);
    expect(report!.nps).toBeCloseTo(33.16, 2);
    expect(report!.interval!.low).toBeCloseTo(22.1, 1);
    expect(report!.interval!.high).toBeCloseTo(43.2, 1);
    expect(report!.change!.difference).toBeCloseTo(17, 0);
    expect(report!.change!.p).toBeCloseTo(0.028, 3);
    expect(report!.change!.significant).toBe(true);
    const model = await readModel(report!.files[0]!);
    expect(model.overall.unanswered).toBe(13);
    expect(model.previous?.displayed).toBe(16);
  });

  it("reads --drivers from CSV input: those rating columns become the report's drivers", async () => {
    const dir = await outDir();
    const file = join(dir, "ratings.csv");
    const rows = Array.from({ length: 40 }, (_, i) => {
      const score = i % 11;
      // Support follows the score closely, price not at all: support must rank first.
      return `${i + 1},2026-10-${String((i % 28) + 1).padStart(2, "0")}T10:00:00Z,${score},${Math.round(score / 2)},${(i * 7) % 5},EU`;
    });
    await writeFile(file, ["id,submitted_at,score,support,price,region", ...rows].join("\n"));
    const drivers = async (extra: Partial<ReportOptions>) => {
      const out = join(dir, String(Object.keys(extra).length));
      await runReport({
        config: false,
        input: [file],
        period: "2026-10",
        now: NOW,
        outDir: out,
        formats: ["json"],
        ...extra,
      });
      const model = await readModel(join(out, "nps-2026-10.json"));
      return model.insights?.drivers.map((driver) => driver.name);
    };
    expect(await drivers({ drivers: ["support", "price"] })).toEqual(["support", "price"]);
    // Without the option the CSV source takes no driver columns.
    expect(await drivers({})).toEqual([]);
  });

  it("periods follow the time zone: 2026-10-31T22:30Z is November in Moscow", async () => {
    const dir = await outDir();
    const file = join(dir, "edge.ndjson");
    await writeFile(
      file,
      `${JSON.stringify({ id: "a", score: 10, submittedAt: "2026-10-31T22:30:00Z" })}\n${JSON.stringify({ id: "b", score: 0, submittedAt: "2026-10-15T12:00:00Z" })}\n`,
    );
    const answered = async (timeZone: string) => {
      const run = await runReport({
        config: false,
        input: [file],
        timeZone,
        period: "2026-10",
        now: NOW,
        outDir: dir,
        formats: ["json"],
      });
      return [run.reports[0]!.answered, run.reports[0]!.displayed];
    };
    expect(await answered("UTC")).toEqual([2, 0]);
    expect(await answered("Europe/Moscow")).toEqual([1, -100]);
  });

  it("writes one report per --split-by value plus the overall one, with the scope in every file name", async () => {
    const out = await outDir();
    const run = await reportOn(out, {
      formats: ["json", "md"],
      splitBy: "region",
    });
    expect(run.reports.map((r) => [r.scope, r.answered])).toEqual([
      [{}, 41],
      [{ region: "EU" }, 20],
      [{ region: "US" }, 20],
    ]);
    expect(await filesIn(out)).toEqual([
      "nps-2026-10-EU.json",
      "nps-2026-10-EU.md",
      "nps-2026-10-US.json",
      "nps-2026-10-US.md",
      "nps-2026-10-all.json",
      "nps-2026-10-all.md",
      "nps-2026-10.quarantine.ndjson",
    ]);
    const eu = await readModel(join(out, "nps-2026-10-EU.json"));
    expect(eu.scope).toEqual({ region: "EU" });
    // EU in October: i = 0, 2, …, 38 → 5 promoters (i < 10) and 15 detractors
    expect(eu.overall).toMatchObject({ answered: 20, promoters: 5, detractors: 15, displayed: -50 });
    expect(eu.comments.detractor.every((c) => c.segments.region === "EU")).toBe(true);
  });

  it("replaces the files of an earlier run in place, leaving no temporary file", async () => {
    const out = await outDir();
    const options = {
      config: false as const,
      input: [data],
      period: "2026-10",
      outDir: out,
      formats: ["json", "md"] as const,
    };
    await runReport({ ...options, now: NOW });
    const first = await filesIn(out);
    await runReport({ ...options, now: new Date("2026-11-03T10:00:00Z") });
    expect(await filesIn(out)).toEqual(first);
    expect((await readModel(join(out, "nps-2026-10.json"))).generatedAt).toBe("2026-11-03T10:00:00Z");
    expect(
      (await readFile(join(out, "nps-2026-10.quarantine.ndjson"), "utf8")).trimEnd().split("\n"),
    ).toHaveLength(2);
  });

  it("is deterministic: the same input and now give byte-identical JSON, HTML and Markdown", async () => {
    const [a, b] = [await outDir(), await outDir()];
    for (const out of [a, b]) {
      await reportOn(out, {
        formats: ["json", "html", "md"],
      });
    }
    const names = ["nps-2026-10.json", "nps-2026-10.html", "nps-2026-10.md", "nps-2026-10.quarantine.ndjson"];
    expect(await filesIn(a)).toEqual([...names].sort());
    for (const name of names) expect(await readFile(join(a, name))).toEqual(await readFile(join(b, name)));
  });

  it("appends each report's Markdown summary to appendSummaryTo", async () => {
    const out = await outDir();
    const summary = join(out, "step-summary.md");
    await writeFile(summary, "# Earlier step\n");
    await reportOn(out, {
      formats: ["json"],
      splitBy: "region",
      appendSummaryTo: summary,
    });
    const text = await readFile(summary, "utf8");
    expect(text.startsWith("# Earlier step\n")).toBe(true);
    expect(text.match(/### Net Promoter Score/g)).toHaveLength(3);
    expect(text).toContain("**NPS −46**");
  });

  it("warns when the period has no responses, and still writes a report without an NPS", async () => {
    const out = await outDir();
    const logger = recordingLogger();
    const run = await runReport({
      config: false,
      input: [data],
      period: "2026-07",
      now: NOW,
      outDir: out,
      formats: ["json"],
      logger,
    });
    expect(logger.lines).toContain(
      "warn: no responses in 2026-07; the latest period with responses is 2026-10 (--period latest)",
    );
    expect(run.reports[0]).toMatchObject({ answered: 0, nps: null, displayed: null, interval: null });
    expect(run.quarantine).toBe(join(out, "nps-2026-07.quarantine.ndjson"));
  });

  it("takes --period latest from the data", async () => {
    const out = await outDir();
    const run = await runReport({
      config: false,
      input: [data],
      period: "latest",
      now: new Date("2030-01-01T00:00:00Z"),
      outDir: out,
      formats: ["json"],
    });
    expect(run.period).toBe("2026-10");
  });

  it("gates: reports are written, the failures returned", async () => {
    const out = await outDir();
    const run = await reportOn(out, {
      formats: ["json"],
      gates: { failUnder: 0, failOnDrop: true },
    });
    expect(run.gateFailures.map((f) => f.gate)).toEqual(["fail-under", "fail-on-drop"]);
    expect(await filesIn(out)).toContain("nps-2026-10.json");
  });

  it.each([
    // the source's own error, wrapped with the source's name, keeping its code
    [
      "a missing input file",
      "missing.ndjson",
      "2026-10",
      { code: "NPSKIT_E_PLUGIN", plugin: "npskit:ndjson", pluginCode: "NPSKIT_E_INPUT" },
    ],
    ["an impossible period, before reading", null, "2026-Q4", { code: "NPSKIT_E_PERIOD" }],
  ])("fails on %s with its code, leaving the output folder empty", async (_, input, period, error) => {
    const out = await outDir();
    const file = input === null ? data : join(out, input);
    await expect(
      runReport({ config: false, input: [file], period, now: NOW, outDir: out, formats: ["json"] }),
    ).rejects.toMatchObject(error);
    expect(await filesIn(out)).toEqual([]);
  });

  it("fails --period latest when every record was rejected, leaving no temporary quarantine file", async () => {
    const out = await outDir();
    const file = join(out, "rejected.ndjson");
    await writeFile(file, '{"id":"x","score":12,"submittedAt":"2026-10-01T00:00:00Z"}\nnot json\n');
    await expect(
      runReport({ config: false, input: [file], period: "latest", now: NOW, outDir: out, formats: ["json"] }),
    ).rejects.toMatchObject({
      code: "NPSKIT_E_PERIOD",
      message: expect.stringContaining("no responses at all"),
    });
    expect(await filesIn(out)).toEqual(["rejected.ndjson"]);
  });
});
