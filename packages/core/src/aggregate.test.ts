import { describe, expect, it } from "vitest";
import { aggregate } from "./aggregate.js";
import { Aggregator } from "./aggregator.js";
import type { SurveyResponse } from "./surveyResponse.js";

const RESPONSES: SurveyResponse[] = Array.from({ length: 60 }, (_, i) => ({
  id: String(i + 1),
  score: i % 13 === 12 ? null : i % 11,
  submittedAt: new Date(Date.UTC(2026, 6, 1) + i * 3 * 86_400_000 + i * 3_600_000).toISOString(),
  segments: { region: ["Europe", "APAC", "LATAM"][i % 3]!, ...(i % 4 === 0 ? {} : { plan: "pro" }) },
}));

const OPTIONS = {
  timeZone: "Europe/Moscow",
  breakdowns: [["region"], ["plan"], ["region", "plan"]],
} as const;

function expected() {
  const aggregator = new Aggregator(OPTIONS);
  for (const response of RESPONSES) aggregator.add(response);
  return aggregator.result();
}

function chunks<T>(list: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < list.length; i += size) result.push(list.slice(i, i + size));
  return result;
}

async function* slowly<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) {
    await new Promise((resolve) => setImmediate(resolve));
    yield item;
  }
}

describe("aggregate", () => {
  it("accepts an array of responses", async () => {
    const result = await aggregate(RESPONSES, OPTIONS);
    expect(result).toEqual(expected());
    expect(result.periods.map((p) => p.key)).toEqual([
      "2026-07",
      "2026-08",
      "2026-09",
      "2026-10",
      "2026-11",
      "2026-12",
    ]);
    expect(
      result.cells.filter((c) => c.breakdown.length === 0).reduce((n, c) => n + c.histogram.unanswered, 0),
    ).toBe(4);
  });

  it("accepts batches (arrays of arrays), as sources yield them", async () => {
    expect(await aggregate(chunks(RESPONSES, 7), OPTIONS)).toEqual(expected());
  });

  it("accepts an async iterable of responses, and of batches, mixed", async () => {
    expect(await aggregate(slowly(RESPONSES), OPTIONS)).toEqual(expected());
    const mixed: (SurveyResponse | SurveyResponse[])[] = [
      RESPONSES[0]!,
      RESPONSES.slice(1, 30),
      ...RESPONSES.slice(30),
    ];
    expect(await aggregate(slowly(mixed), OPTIONS)).toEqual(expected());
  });

  it("accepts any synchronous iterable", async () => {
    function* generate() {
      yield* RESPONSES;
    }
    expect(await aggregate(generate(), OPTIONS)).toEqual(expected());
    expect(await aggregate(new Set(RESPONSES), OPTIONS)).toEqual(expected());
  });

  it("gives an empty aggregation for no responses", async () => {
    expect(await aggregate([])).toEqual({
      grain: "month",
      timeZone: "UTC",
      breakdowns: [[]],
      periods: [],
      cells: [],
    });
    expect(await aggregate([[], []], { grain: "week" })).toMatchObject({ grain: "week", cells: [] });
  });

  it("fails with the aggregator's error on an unusable response", async () => {
    const bad = { id: "x", score: 12, submittedAt: "2026-10-01T00:00:00Z" };
    await expect(aggregate([RESPONSES[0]!, bad])).rejects.toMatchObject({
      code: "NPSKIT_E_INVALID_ARGUMENT",
    });
  });

  it("passes on an error thrown by the stream", async () => {
    async function* broken(): AsyncGenerator<SurveyResponse> {
      yield RESPONSES[0]!;
      throw new Error("connection reset");
    }
    await expect(aggregate(broken())).rejects.toThrow("connection reset");
  });
});
