import { describe, expect, it } from "vitest";
import { addResponses } from "../test/addResponses.js";
import { thrown } from "../test/thrown.js";
import type { Aggregation } from "./aggregation.js";
import { Aggregator } from "./aggregator.js";
import { compareNps } from "./compareNps.js";
import { histogramOf } from "./histogram.js";
import { reportComparison } from "./reportComparison.js";
import { reportResult } from "./reportResult.js";
import type { ReportSettings } from "./reportSettings.js";
import { segmentTables } from "./segmentTables.js";
import { histogramAt } from "./selectCells.js";

const OCT = "2026-10-15T12:00:00Z";
const SETTINGS: ReportSettings = {
  interval: { method: "adjusted-wald", level: 0.95 },
  comparison: "adjusted-wald",
  rounding: { mode: "exact", decimals: 0 },
};

function tablesOf(aggregation: Aggregation, scope: Record<string, string> = {}) {
  const histogram = histogramAt(aggregation, "2026-10", scope);
  return segmentTables(aggregation, "2026-10", scope, histogram, reportResult(histogram, SETTINGS), SETTINGS);
}

const rowsOf = (table: { rows: readonly { value: string | null; result: { answered: number } }[] }) =>
  table.rows.map((row) => [row.value, row.result.answered]);

describe("segmentTables", () => {
  it("sorts a null group with answers by its size like any other, ties by value", () => {
    const aggregator = new Aggregator({ breakdowns: [["channel"]] });
    addResponses(aggregator, OCT, 10, 5, { channel: "email" });
    addResponses(aggregator, OCT, 0, 9); // no channel: the largest group
    addResponses(aggregator, OCT, 9, 2, { channel: "web" });
    addResponses(aggregator, OCT, 8, 2, { channel: "app" });
    addResponses(aggregator, OCT, 7, 2); // more without a channel
    const [table] = tablesOf(aggregator.result());
    expect(rowsOf(table!)).toEqual([
      [null, 11],
      ["email", 5],
      ["app", 2],
      ["web", 2],
    ]);
    const none = table!.rows[0]!;
    expect(none.result.nps).toBeCloseTo((-9 * 100) / 11, 12);
    // The rest of "no channel", written out: 5 × 10, 2 × 9, 2 × 8.
    const rest = histogramOf([10, 10, 10, 10, 10, 9, 9, 8, 8]);
    expect(none.versusRest).toEqual(
      reportComparison(compareNps(rest, histogramAt(aggregator.result(), "2026-10", { channel: null }))),
    );
    expect(none.versusRest!.difference).toBeCloseTo((-9 * 100) / 11 - (7 * 100) / 9, 12);
  });

  it("puts null last among groups of the same size", () => {
    const aggregator = new Aggregator({ breakdowns: [["channel"]] });
    addResponses(aggregator, OCT, 10, 2);
    addResponses(aggregator, OCT, 10, 2, { channel: "web" });
    addResponses(aggregator, OCT, 10, 2, { channel: "Email" });
    // Code-point order: "E" (69) sorts before "w" (119), whatever the locale.
    expect(rowsOf(tablesOf(aggregator.result())[0]!)).toEqual([
      ["Email", 2],
      ["web", 2],
      [null, 2],
    ]);
  });

  it("has no comparison for a dimension with one value (there is no rest)", () => {
    const aggregator = new Aggregator({ breakdowns: [["plan"]] });
    addResponses(aggregator, OCT, 10, 3, { plan: "Pro" });
    addResponses(aggregator, OCT, 4, 1, { plan: "Pro" });
    const [table] = tablesOf(aggregator.result());
    expect(table!.rows).toHaveLength(1);
    expect(table!.rows[0]).toMatchObject({ value: "Pro", differenceFromOverall: 0, versusRest: null });
  });

  it("makes one table per single dimension, in breakdown order, and ignores combined breakdowns", () => {
    const aggregator = new Aggregator({ breakdowns: [["plan"], ["region", "plan"], ["region"]] });
    addResponses(aggregator, OCT, 10, 1, { region: "Europe", plan: "Pro" });
    expect(tablesOf(aggregator.result()).map((table) => table.dimension)).toEqual(["plan", "region"]);
  });

  it("within a scope, makes the tables of the breakdowns adding one dimension, once each", () => {
    const aggregator = new Aggregator({
      breakdowns: [["region"], ["region", "plan"], ["plan", "region"], ["region", "channel"], ["plan"]],
    });
    addResponses(aggregator, OCT, 10, 3, { region: "Europe", plan: "Pro", channel: "email" });
    addResponses(aggregator, OCT, 2, 1, { region: "Europe", plan: "Free", channel: "email" });
    addResponses(aggregator, OCT, 0, 5, { region: "APAC", plan: "Free", channel: "email" });
    const tables = tablesOf(aggregator.result(), { region: "Europe" });
    expect(tables.map((table) => [table.dimension, rowsOf(table)])).toEqual([
      [
        "plan",
        [
          ["Pro", 3],
          ["Free", 1],
        ],
      ],
      ["channel", [["email", 4]]],
    ]);
    // Europe/Free against the rest of Europe only (3 × 10), not against APAC.
    expect(tables[0]!.rows[1]!.versusRest).toEqual(
      reportComparison(
        compareNps(
          { promoters: 3, passives: 0, detractors: 0 },
          { promoters: 0, passives: 0, detractors: 1 },
        ),
      ),
    );
  });

  describe("previous period", () => {
    const SEP = "2026-09-15T12:00:00Z";
    // October: Europe 3 × 10, APAC 2 × 0, no region 1 × 9. September: Europe 2 × 10 + 2 × 0 (NPS 0),
    // APAC 1 × 8 (NPS 0), no region only unanswered, Africa 5 × 10 (gone in October: in no row).
    const aggregator = new Aggregator({ breakdowns: [["region"]] });
    addResponses(aggregator, OCT, 10, 3, { region: "Europe" });
    addResponses(aggregator, OCT, 0, 2, { region: "APAC" });
    addResponses(aggregator, OCT, 9, 1);
    addResponses(aggregator, SEP, 10, 2, { region: "Europe" });
    addResponses(aggregator, SEP, 0, 2, { region: "Europe" });
    addResponses(aggregator, SEP, 8, 1, { region: "APAC" });
    addResponses(aggregator, SEP, null, 2);
    addResponses(aggregator, SEP, 10, 5, { region: "Africa" });
    const aggregation = aggregator.result();
    const histogram = histogramAt(aggregation, "2026-10");
    const overall = reportResult(histogram, SETTINGS);
    const [withPrevious] = segmentTables(aggregation, "2026-10", {}, histogram, overall, SETTINGS, "2026-09");

    it.each<[string | null, { answered: number; nps: number } | null]>([
      ["Europe", { answered: 4, nps: 0 }],
      ["APAC", { answered: 1, nps: 0 }],
      [null, null],
    ])("gives %s its previous result %j", (value, previous) => {
      expect(withPrevious!.rows.find((row) => row.value === value)!.previous).toEqual(previous);
    });

    it("lists only this period's groups, and leaves `previous` out when no previous period is given", () => {
      expect(withPrevious!.rows.map((row) => row.value)).toEqual(["Europe", "APAC", null]);
      const [without] = segmentTables(aggregation, "2026-10", {}, histogram, overall, SETTINGS);
      expect(without!.rows.every((row) => !("previous" in row))).toBe(true);
    });
  });

  it("refuses a group larger than the total it belongs to (histograms of different data)", () => {
    const aggregator = new Aggregator({ breakdowns: [["region"]] });
    addResponses(aggregator, OCT, 10, 3, { region: "Europe" });
    const aggregation = aggregator.result();
    const total = histogramOf([10]);
    expect(
      thrown(() => segmentTables(aggregation, "2026-10", {}, total, reportResult(total, SETTINGS), SETTINGS)),
    ).toMatchObject({
      code: "NPSKIT_E_INVALID_ARGUMENT",
      message:
        'the aggregation is inconsistent: the region "Europe" group has more responses than the total it belongs to',
    });
  });
});
