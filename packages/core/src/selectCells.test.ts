import { describe, expect, it } from "vitest";
import { thrown } from "../test/thrown.js";
import type { Aggregation } from "./aggregation.js";
import { Aggregator } from "./aggregator.js";
import { emptyHistogram } from "./histogram.js";
import { cellsOf, histogramAt } from "./selectCells.js";

function build(): Aggregation {
  const aggregator = new Aggregator({ breakdowns: [["region"], ["region", "plan"]] });
  const add = (day: string, score: number | null, segments: Record<string, string>) =>
    aggregator.addAt(Date.parse(`${day}T12:00:00Z`), score, segments);
  add("2026-10-01", 10, { region: "Europe", plan: "pro" });
  add("2026-10-02", 9, { region: "Europe", plan: "free" });
  add("2026-10-03", 2, { region: "APAC", plan: "pro" });
  add("2026-10-04", null, { region: "APAC", plan: "pro" });
  add("2026-10-05", 7, { plan: "free" });
  add("2026-09-05", 8, { region: "Europe", plan: "pro" });
  return aggregator.result();
}

const aggregation = build();

describe("histogramAt", () => {
  it("gives the overall total by default", () => {
    expect(histogramAt(aggregation, "2026-10")).toEqual({
      counts: [0, 0, 1, 0, 0, 0, 0, 1, 0, 1, 1],
      unanswered: 1,
    });
  });

  it("gives one group, whatever the order of the segment's keys", () => {
    expect(histogramAt(aggregation, "2026-10", { region: "Europe" }).counts).toEqual([
      0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1,
    ]);
    const combination = histogramAt(aggregation, "2026-10", { region: "APAC", plan: "pro" });
    expect(combination).toEqual({ counts: [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0], unanswered: 1 });
    expect(histogramAt(aggregation, "2026-10", { plan: "pro", region: "APAC" })).toEqual(combination);
  });

  it("finds the group of responses without the dimension with null", () => {
    expect(histogramAt(aggregation, "2026-10", { region: null }).counts[7]).toBe(1);
    expect(histogramAt(aggregation, "2026-10", { region: null, plan: "free" }).counts[7]).toBe(1);
  });

  it("gives an empty histogram for a group or period without responses", () => {
    expect(histogramAt(aggregation, "2026-10", { region: "LATAM" })).toEqual(emptyHistogram());
    expect(histogramAt(aggregation, "2026-11")).toEqual(emptyHistogram());
    expect(histogramAt(aggregation, "2026-09", { region: "APAC" })).toEqual(emptyHistogram());
  });

  it("rejects a segment that is not one of the breakdowns, listing those it has", () => {
    const error = thrown(() => histogramAt(aggregation, "2026-10", { plan: "pro" }));
    expect(error).toMatchObject({ code: "NPSKIT_E_INVALID_ARGUMENT" });
    expect((error as Error).message).toMatchInlineSnapshot(
      `"the aggregation has no breakdown by plan (it has: (total), region, region × plan)"`,
    );
  });
});

describe("cellsOf", () => {
  it("lists the rows of one breakdown in one period, in the aggregation's order", () => {
    expect(cellsOf(aggregation, "2026-10", ["region"]).map((cell) => cell.segment)).toEqual([
      { region: "APAC" },
      { region: "Europe" },
      { region: null },
    ]);
    expect(cellsOf(aggregation, "2026-10", ["plan", "region"]).map((cell) => cell.segment)).toEqual([
      { region: "APAC", plan: "pro" },
      { region: "Europe", plan: "free" },
      { region: "Europe", plan: "pro" },
      { region: null, plan: "free" },
    ]);
    expect(cellsOf(aggregation, "2026-09", ["region"])).toHaveLength(1);
  });

  it("gives the total as a single cell, and nothing for a period without data", () => {
    expect(cellsOf(aggregation, "2026-10", [])).toHaveLength(1);
    expect(cellsOf(aggregation, "2027-01", ["region"])).toEqual([]);
  });

  it("rejects a breakdown the aggregation does not have", () => {
    expect(thrown(() => cellsOf(aggregation, "2026-10", ["channel"]))).toMatchObject({
      code: "NPSKIT_E_INVALID_ARGUMENT",
      message: "the aggregation has no breakdown by channel (it has: (total), region, region × plan)",
    });
  });
});
