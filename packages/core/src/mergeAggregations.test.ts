import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { thrown } from "../test/thrown.js";
import type { Aggregation } from "./aggregation.js";
import { type AggregateOptions, Aggregator } from "./aggregator.js";
import { mergeAggregations } from "./mergeAggregations.js";
import type { SurveyResponse } from "./surveyResponse.js";

function aggregateSync(responses: readonly SurveyResponse[], options: AggregateOptions): Aggregation {
  const aggregator = new Aggregator(options);
  for (const response of responses) aggregator.add(response);
  return aggregator.result();
}

const FROM = Date.UTC(2025, 0, 1);
const TO = Date.UTC(2027, 0, 1);

const segmentsArbitrary = fc.record(
  { region: fc.constantFrom("Europe", "APAC", "LATAM", "Ä"), plan: fc.constantFrom("free", "pro") },
  { requiredKeys: [] },
);

const responseArbitrary: fc.Arbitrary<SurveyResponse> = fc
  .record({
    id: fc.uuid(),
    score: fc.option(fc.integer({ min: 0, max: 10 }), { freq: 8 }),
    millis: fc.integer({ min: FROM, max: TO }),
    segments: segmentsArbitrary,
  })
  .map(({ id, score, millis, segments }) => ({
    id,
    score,
    submittedAt: new Date(millis).toISOString(),
    segments: segments as Record<string, string>,
  }));

const optionsArbitrary: fc.Arbitrary<AggregateOptions> = fc.record({
  grain: fc.constantFrom("month", "week", "quarter", "year"),
  timeZone: fc.constantFrom("UTC", "Europe/Moscow", "America/New_York", "Australia/Lord_Howe"),
  breakdowns: fc.constantFrom([], [["region"]], [["region"], ["plan"]], [["region", "plan"], ["plan"]]),
});

const A = { id: "a", score: 10, submittedAt: "2026-10-05T10:00:00Z", segments: { region: "Europe" } };
const B = { id: "b", score: 3, submittedAt: "2026-10-06T10:00:00Z", segments: { region: "APAC" } };
const C = { id: "c", score: null, submittedAt: "2026-09-06T10:00:00Z", segments: { region: "Europe" } };

describe("mergeAggregations", () => {
  it("splitting the responses anywhere and merging equals aggregating them all", () => {
    fc.assert(
      fc.property(
        fc.array(responseArbitrary, { maxLength: 80 }),
        fc.nat(),
        optionsArbitrary,
        (responses, cut, options) => {
          const at = responses.length === 0 ? 0 : cut % (responses.length + 1);
          const whole = aggregateSync(responses, options);
          const left = aggregateSync(responses.slice(0, at), options);
          const right = aggregateSync(responses.slice(at), options);
          expect(mergeAggregations(left, right)).toEqual(whole);
          // Commutative: the order of the parts does not matter.
          expect(mergeAggregations(right, left)).toEqual(whole);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("is associative over three parts", () => {
    fc.assert(
      fc.property(
        fc.array(responseArbitrary, { maxLength: 60 }),
        fc.array(responseArbitrary, { maxLength: 60 }),
        fc.array(responseArbitrary, { maxLength: 60 }),
        optionsArbitrary,
        (x, y, z, options) => {
          const [a, b, c] = [x, y, z].map((part) => aggregateSync(part, options)) as [
            Aggregation,
            Aggregation,
            Aggregation,
          ];
          const whole = aggregateSync([...x, ...y, ...z], options);
          expect(mergeAggregations(mergeAggregations(a, b), c)).toEqual(whole);
          expect(mergeAggregations(a, mergeAggregations(b, c))).toEqual(whole);
          expect(mergeAggregations(a, b, c)).toEqual(whole);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("returns a single aggregation unchanged in content, and does not modify its inputs", () => {
    const options = { breakdowns: [["region"]] };
    const left = aggregateSync([A, C], options);
    const right = aggregateSync([B, A], options);
    const before = structuredClone([left, right]);
    expect(mergeAggregations(left)).toEqual(left);
    const merged = mergeAggregations(left, right);
    expect([left, right]).toEqual(before);
    merged.cells[0]!.histogram.counts[0] = 99;
    expect([left, right]).toEqual(before);
  });

  it("merges aggregations from JSON (as a source's pushdown returns them)", () => {
    const options = { breakdowns: [["region"]] };
    const fromJson = JSON.parse(JSON.stringify(aggregateSync([A, B], options))) as Aggregation;
    expect(mergeAggregations(fromJson, aggregateSync([C], options))).toEqual(
      aggregateSync([A, B, C], options),
    );
  });

  it.each<[string, AggregateOptions]>([
    ["grain", { grain: "week" }],
    ["time zone", { timeZone: "Europe/Moscow" }],
    ["breakdowns", { breakdowns: [["plan"]] }],
    ["breakdown list", { breakdowns: [["region"], ["plan"]] }],
  ])("refuses to merge aggregations with a different %s", (_, options) => {
    const base = aggregateSync([A], { breakdowns: [["region"]] });
    const other = aggregateSync([B], { breakdowns: [["region"]], ...options });
    const error = thrown(() => mergeAggregations(base, other));
    expect(error).toMatchObject({ name: "InvalidArgumentError", code: "NPSKIT_E_INVALID_ARGUMENT" });
    expect((error as Error).message).toMatch(
      /^cannot merge aggregations with different grain, time zone or breakdowns: /,
    );
  });

  it("names both shapes in the error", () => {
    const error = thrown(() =>
      mergeAggregations(aggregateSync([A], {}), aggregateSync([B], { timeZone: "Europe/Moscow" })),
    );
    expect((error as Error).message).toMatchInlineSnapshot(
      `"cannot merge aggregations with different grain, time zone or breakdowns: ["month","UTC",[[]]] vs ["month","Europe/Moscow",[[]]]"`,
    );
  });

  it("rejects a malformed histogram, naming the cell", () => {
    const bad = structuredClone(aggregateSync([A], {}));
    bad.cells[0]!.histogram.counts[3] = -2;
    const error = thrown(() => mergeAggregations(aggregateSync([B], {}), bad));
    expect(error).toMatchObject({
      code: "NPSKIT_E_INVALID_ARGUMENT",
      message: "histogram of 2026-10 {}.counts[3] must be a whole number of responses, 0 or more (got -2)",
    });
  });
});
