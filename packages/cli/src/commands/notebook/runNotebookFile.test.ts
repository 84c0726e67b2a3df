import { readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { ReportModel } from "@npskit/core";
import { parseNotebook } from "@npskit/notebook";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeDir, tempDir } from "../../../test/reportData.js";
import { bufferIO } from "../../io.js";
import { main } from "../../main.js";
import { runReport } from "../report/runReport.js";
import { runNotebookFile } from "./runNotebookFile.js";

const EXAMPLES = resolve(import.meta.dirname, "../../../../../examples");
const NOTEBOOK = join(EXAMPLES, "notebooks/monthly-analysis.npsnb");
const CONFIG = join(EXAMPLES, "monthly-report/npskit.config.ts");
let dir: string;

beforeAll(async () => {
  dir = await tempDir("npskit-notebook-run-");
});
afterAll(() => removeDir(dir));

describe("npskit notebook run", () => {
  it("runs the example notebook for 2026-10 with the same figures as npskit report", async () => {
    const out = join(dir, "executed.npsnb");
    const html = join(dir, "executed.html");
    const { run } = await runNotebookFile({ file: NOTEBOOK, params: ["period=2026-10"], out, html });
    expect(run.failed).toBeNull();

    const report = await runReport({ config: CONFIG, period: "2026-10", formats: ["json"], outDir: dir });
    const model = JSON.parse(await readFile(join(dir, "nps-2026-10.json"), "utf8")) as ReportModel;
    const executed = parseNotebook(await readFile(out, "utf8"), out);
    const headline = executed.cells.find((cell) => cell.metadata.tags?.includes("headline"));
    if (headline?.cell_type !== "code") throw new Error("the example has no headline cell");
    const figures = (headline.outputs[0] as { data: Record<string, unknown> }).data["application/json"];
    const { overall } = model;
    expect(figures).toEqual({
      period: "2026-10",
      segment: {},
      answered: overall.answered,
      promoters: overall.promoters,
      passives: overall.passives,
      detractors: overall.detractors,
      nps: overall.nps,
      interval: { low: overall.interval!.low, high: overall.interval!.high, level: overall.interval!.level },
    });
    expect(report.reports[0]!.nps).toBe(overall.nps);

    // Every code cell ran, in order, with its time; the charts and the report are SVG and HTML outputs.
    const code = executed.cells.filter((cell) => cell.cell_type === "code");
    expect(code.map((cell) => cell.execution_count)).toEqual(code.map((_, index) => index + 1));
    expect(code.every((cell) => typeof cell.metadata.npskit?.durationMs === "number")).toBe(true);
    const mimes = code.flatMap((cell) =>
      cell.outputs.flatMap((o) => ("data" in o ? Object.keys(o.data) : [])),
    );
    expect(mimes).toEqual(expect.arrayContaining(["image/svg+xml", "text/html", "application/json"]));
    const injected = executed.cells.find((cell) => cell.metadata.tags?.includes("injected-parameters"));
    expect(injected?.source).toContain('const period = "2026-10";');
    expect(await readFile(html, "utf8")).toContain("<iframe sandbox srcdoc=");
  });

  it("stops at the first failing cell and exits 1 naming the cell and line", async () => {
    const file = join(dir, "broken.npsnb");
    const cells = [
      { cell_type: "code", metadata: {}, source: "const a = 1;", outputs: [] },
      { cell_type: "code", metadata: {}, source: "const b = 2;\n\nnull!.boom;", outputs: [] },
      { cell_type: "code", metadata: {}, source: "console.log('never');", outputs: [] },
    ];
    await writeFile(file, JSON.stringify({ nbformat: 4, nbformat_minor: 5, metadata: {}, cells }));
    const io = bufferIO();
    const code = await main(["notebook", "run", file, "--out", join(dir, "broken.out.npsnb")], io);
    expect(code).toBe(1);
    expect(io.err()).toMatch(
      /^npskit: cell 2, line 3: TypeError: Cannot read properties of null .*\[NPSKIT_E_CELL\]\n$/,
    );
    const executed = parseNotebook(await readFile(join(dir, "broken.out.npsnb"), "utf8"));
    expect(executed.cells.map((cell) => (cell.cell_type === "code" ? cell.execution_count : null))).toEqual([
      1,
      2,
      null,
    ]);
  });

  it("rejects a malformed --param as bad usage", async () => {
    const io = bufferIO();
    expect(await main(["notebook", "run", NOTEBOOK, "--param", "nope"], io)).toBe(2);
    expect(io.err()).toContain("expected name=value");
  });
});
