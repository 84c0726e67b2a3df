import { type Breakdown, ingest, type SourcePlugin } from "@npskit/core";
import { describe, expect, it } from "vitest";
import { reportScopes } from "./reportScopes.js";

describe("reportScopes: breakdowns", () => {
  it.each<[readonly string[], string | undefined, Breakdown[]]>([
    [[], undefined, []],
    [["region", "plan"], undefined, [["region"], ["plan"]]],
    [[], "region", [["region"]]],
    // the split dimension is not repeated, and every other one is counted within each of its values
    [["region", "plan"], "region", [["region"], ["plan"], ["region", "plan"]]],
    [
      ["plan", "channel"],
      "region",
      [["plan"], ["channel"], ["region"], ["region", "plan"], ["region", "channel"]],
    ],
  ])("segments %j split by %s count %j", (segments, splitBy, expected) => {
    const plan = reportScopes({ segments, timeZone: "UTC", grain: "month", ...(splitBy && { splitBy }) });
    expect(plan.breakdowns).toEqual(expected);
  });
});

/** Responses in October and September 2026 (UTC), with regions, and comments from every region. */
function source(): SourcePlugin {
  const rows = [
    ["1", 10, "2026-10-02T10:00:00Z", "US", "Great product"],
    ["2", 2, "2026-10-03T10:00:00Z", "EU", "Too slow for us"],
    ["3", 9, "2026-10-04T10:00:00Z", "EU", "Very helpful support"],
    ["4", 8, "2026-10-05T10:00:00Z", undefined, "Fine without a region"],
    ["5", 0, "2026-09-05T10:00:00Z", "APAC", "September only, in APAC"],
  ] as const;
  return {
    name: "test:inline",
    async *read() {
      yield rows.map(([id, score, submittedAt, region, comment], index) => ({
        response: { id, score, submittedAt, comment, ...(region !== undefined && { segments: { region } }) },
        location: { line: index + 1 },
      }));
    },
  };
}

async function scopesOf(splitBy: string | undefined, period = "2026-10") {
  const plan = reportScopes({
    segments: ["region"],
    timeZone: "UTC",
    grain: "month",
    ...(splitBy && { splitBy }),
  });
  const ingested = await ingest({
    sources: [source()],
    timeZone: "UTC",
    grain: "month",
    breakdowns: plan.breakdowns,
    onResponse: plan.onResponse,
  });
  return plan.scopes(ingested, period);
}

const commentTexts = (
  comments: {
    comments(period: string): {
      promoter: { text: string }[];
      passive: { text: string }[];
      detractor: { text: string }[];
    };
  },
  period: string,
) => {
  const sample = comments.comments(period);
  return [...sample.promoter, ...sample.passive, ...sample.detractor].map((comment) => comment.text).sort();
};

describe("reportScopes: scopes", () => {
  it("without splitBy has one scope, everyone, with every comment of the period", async () => {
    const scopes = await scopesOf(undefined);
    expect(scopes.map((s) => s.scope)).toEqual([{}]);
    expect(commentTexts(scopes[0]!.comments, "2026-10")).toEqual([
      "Fine without a region",
      "Great product",
      "Too slow for us",
      "Very helpful support",
    ]);
  });

  it("with splitBy adds one scope per value seen in the period, sorted; each samples only its own comments", async () => {
    const scopes = await scopesOf("region");
    // APAC answered only in September: no October report for it; the response without a region is only in the overall one.
    expect(scopes.map((s) => s.scope)).toEqual([{}, { region: "EU" }, { region: "US" }]);
    expect(commentTexts(scopes[1]!.comments, "2026-10")).toEqual(["Too slow for us", "Very helpful support"]);
    expect(commentTexts(scopes[2]!.comments, "2026-10")).toEqual(["Great product"]);
    expect(scopes[1]!.comments.scope).toEqual({ region: "EU" });
    expect(commentTexts(scopes[0]!.comments, "2026-10")).toHaveLength(4);
  });

  it("takes the values of the report period", async () => {
    const scopes = await scopesOf("region", "2026-09");
    expect(scopes.map((s) => s.scope)).toEqual([{}, { region: "APAC" }]);
  });

  it("splits by a dimension that is not among the segments", async () => {
    const plan = reportScopes({ segments: [], splitBy: "region", timeZone: "UTC", grain: "month" });
    const ingested = await ingest({
      sources: [source()],
      timeZone: "UTC",
      grain: "month",
      breakdowns: plan.breakdowns,
      onResponse: plan.onResponse,
    });
    expect(plan.scopes(ingested, "2026-10").map((s) => s.scope)).toEqual([
      {},
      { region: "EU" },
      { region: "US" },
    ]);
  });
});
