// The example project end to end, the way `pnpm demo` runs it: the real `npskit` command, real Chromium,
// real files, read back with poppler. The report's figures must equal `npskit calc` on the same data.
import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { ReportModel } from "@npskit/core";
import { beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const exampleDir = fileURLToPath(new URL("..", import.meta.url));
const npskit = fileURLToPath(new URL("../node_modules/@npskit/cli/bin/npskit.js", import.meta.url));
const out = mkdtempSync(join(tmpdir(), "npskit-example-"));
const NOW = "2026-11-01T09:00:00Z";

interface Calc {
  n: number;
  unanswered: number;
  nps: number;
  displayed: number;
  interval: { low: number; high: number };
  accounting: { read: number; accepted: number; unanswered: number; rejected: number; duplicates: number };
}

let calc: Calc;
const models: Record<string, ReportModel> = {};
const pdfText = (locale: string) =>
  execFileSync("pdftotext", ["-layout", join(out, locale, "nps-2026-10.pdf"), "-"], {
    encoding: "utf8",
  }).replace(/[\u00a0\u202f]/g, " ");

beforeAll(async () => {
  const calcRun = run(
    process.execPath,
    [npskit, "calc", "--input", "data/responses.ndjson", "--period", "2026-10"].concat([
      "--time-zone",
      "Europe/Moscow",
      "--no-quarantine",
      "--json",
    ]),
    { cwd: exampleDir },
  );
  // The two reports one after the other: each starts its own Chromium, and the machine may have 2 cores.
  for (const locale of ["en", "ru"]) {
    await run(
      process.execPath,
      [npskit, "report", "--period", "2026-10", "--now", NOW, "--format", "pdf,html,json,md"].concat([
        "--locale",
        locale,
        "--out",
        join(out, locale),
      ]),
      { cwd: exampleDir },
    );
    models[locale] = JSON.parse(readFileSync(join(out, locale, "nps-2026-10.json"), "utf8"));
  }
  calc = JSON.parse((await calcRun).stdout);
}, 90_000);

describe("the example monthly report", () => {
  it("writes the four formats, the quarantine file and the follow-up list for each language", () => {
    for (const locale of ["en", "ru"]) {
      expect(readdirSync(join(out, locale)).sort()).toEqual([
        "nps-2026-10.follow-up.csv",
        "nps-2026-10.html",
        "nps-2026-10.json",
        "nps-2026-10.md",
        "nps-2026-10.pdf",
        "nps-2026-10.quarantine.ndjson",
      ]);
    }
  });

  it("has the figures of `npskit calc` on the same data", () => {
    for (const model of Object.values(models)) {
      expect(model.overall).toMatchObject({
        answered: calc.n,
        unanswered: calc.unanswered,
        nps: calc.nps,
        displayed: calc.displayed,
      });
      expect(model.overall.interval).toMatchObject(calc.interval);
      expect(model.dataQuality).toMatchObject({
        read: calc.accounting.read,
        accepted: calc.accounting.accepted,
        unanswered: calc.accounting.unanswered,
        rejected: calc.accounting.rejected,
        duplicates: calc.accounting.duplicates,
      });
    }
    // The example data's known values (see scripts/makeData.mjs): 196 answered in October, NPS 33.
    expect(calc).toMatchObject({ n: 196, unanswered: 13, displayed: 33 });
  });

  it("prints those figures in the English PDF", () => {
    const text = pdfText("en");
    const low = Math.round(calc.interval.low);
    const high = Math.round(calc.interval.high);
    expect(text).toContain("October 2026");
    expect(text).toMatch(new RegExp(`NET PROMOTER SCORE[\\s\\S]*\\b${calc.displayed}\\b`));
    expect(text).toContain(`95% confidence interval ${low} to ${high}`);
    expect(text).toContain(`${calc.n}`);
    expect(text).toContain("4 of 2,582 input records were rejected");
  });

  it("prints them in Russian in the Russian PDF", () => {
    const text = pdfText("ru");
    expect(text).toContain("Октябрь 2026");
    expect(text).toMatch(new RegExp(`\\b${calc.displayed}\\b`));
    expect(text).toContain(`${Math.round(calc.interval.low)}`);
    expect(text).toMatch(/[а-яё]{4,}/);
    expect(text).not.toContain("October");
  });

  it("ends with recommendations backed by the data, in each language", () => {
    for (const [locale, model] of Object.entries(models)) {
      const ids = model.recommendations.map((r) => r.id);
      // The example's October: support rated lowest and most related to the score, reliability and price
      // complaints among detractors, consenting detractors to call, a significant rise, ±11 points.
      expect(ids).toEqual(
        expect.arrayContaining([
          "key-driver/support",
          "detractor-theme/reliability",
          "close-the-loop",
          "significant-change",
          "thin-evidence",
        ]),
      );
      for (const recommendation of model.recommendations) {
        expect(recommendation.actions.length).toBeGreaterThanOrEqual(2);
        expect(recommendation.actions.length).toBeLessThanOrEqual(4);
      }
      const text = pdfText(locale);
      expect(text).toContain(model.recommendations[0]!.title.slice(0, 30));
    }
    expect(models.ru!.recommendations[0]!.title).toMatch(/[а-яё]/i);
  });

  it("makes a multi-page tagged PDF in each language", () => {
    for (const locale of ["en", "ru"]) {
      const info = execFileSync("pdfinfo", [join(out, locale, "nps-2026-10.pdf")], { encoding: "utf8" });
      expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThanOrEqual(4);
      expect(info).toMatch(/Tagged:\s+yes/);
    }
  });
});
