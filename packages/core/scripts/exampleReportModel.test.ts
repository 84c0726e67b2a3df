// The example ReportModel is a fixture other packages test against (the renderer, the output plugins):
// rebuilding it here and comparing with the committed file proves that it is what the analysis produces today.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { validateReportModel } from "../src/validateReportModel.js";
import { EXAMPLE_FIXTURE, exampleReportModel, fixtureText } from "./exampleReportModel.js";

describe("test/fixtures/report-model.example.json", () => {
  it("equals a fresh build, byte for byte (run `pnpm example-report` after changing the analysis)", async () => {
    const fresh = await exampleReportModel();
    const committed = await readFile(EXAMPLE_FIXTURE, "utf8");
    // Compared as data first, for a readable diff; then as text, which is what other packages read.
    expect(JSON.parse(committed)).toEqual(fresh);
    expect(committed).toBe(fixtureText(fresh));
  });

  it("is a valid ReportModel with something in every section", async () => {
    const model: unknown = JSON.parse(await readFile(EXAMPLE_FIXTURE, "utf8"));
    const result = validateReportModel(model);
    expect(result.valid).toBe(true);
    if (!result.valid) return;
    const { overall, previous, change, trend, segments, comments, dataQuality, target } = result.model;
    expect(overall.answered).toBeGreaterThan(100);
    expect(previous).not.toBeNull();
    expect(change).not.toBeNull();
    expect(target).toBe(40);
    expect(trend).toHaveLength(12);
    expect(segments.map((table) => table.dimension)).toEqual(["region", "plan", "channel"]);
    for (const category of ["promoter", "passive", "detractor"] as const) {
      expect(comments[category]).toHaveLength(5);
    }
    expect(comments.promoter.some((comment) => comment.locale === "ru")).toBe(true);
    expect(dataQuality.rejected).toBe(4);
  });
});
