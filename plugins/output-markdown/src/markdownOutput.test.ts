import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ReportModel, silentLogger } from "@npskit/core";
import { describe, expect, it } from "vitest";
import { reportModel } from "../test/reportModel.js";
import { markdown } from "./markdownOutput.js";
import { markdownSummary } from "./markdownSummary.js";

const context = (outDir: string) => ({ outDir, signal: new AbortController().signal, logger: silentLogger });
const outDir = () => mkdtempSync(join(tmpdir(), "npskit-md-"));

describe("markdown output", () => {
  it("writes nps-{period}.md atomically", async () => {
    const dir = outDir();
    const output = markdown();
    expect(output.name).toBe("npskit:markdown");
    expect(await output.write(reportModel(), context(dir))).toEqual({ files: [join(dir, "nps-2026-10.md")] });
    expect(readFileSync(join(dir, "nps-2026-10.md"), "utf8")).toBe(markdownSummary(reportModel()));
    expect(readdirSync(dir)).toEqual(["nps-2026-10.md"]);
  });

  it("appends to a job summary file when asked, keeping what was there", async () => {
    const dir = outDir();
    const summary = join(dir, "step-summary.md");
    writeFileSync(summary, "# Build\n\n");
    const result = await markdown({ appendTo: summary }).write(reportModel("ru"), context(join(dir, "out")));
    expect(result?.files).toEqual([join(dir, "out", "nps-2026-10.md"), summary]);
    expect(readFileSync(summary, "utf8")).toBe(`# Build\n\n${markdownSummary(reportModel("ru"))}\n`);
    // An empty GITHUB_STEP_SUMMARY (not in Actions) appends nothing.
    expect((await markdown({ appendTo: "" }).write(reportModel(), context(dir)))?.files).toHaveLength(1);
  });

  it("refuses an invalid model and a bad file name pattern", async () => {
    const broken = { ...reportModel(), locale: "de" } as unknown as ReportModel;
    await expect(markdown().write(broken, context(outDir()))).rejects.toMatchObject({
      code: "NPSKIT_E_INVALID_REPORT",
    });
    expect(() => markdown({ fileName: "nps.txt" })).toThrow('must end in ".md"');
  });
});
