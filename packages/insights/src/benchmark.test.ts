import { fileURLToPath } from "node:url";
import { ConfigError } from "@npskit/core";
import { describe, expect, it } from "vitest";
import { parseBenchmark } from "./benchmark.js";
import { benchmarkPosition } from "./benchmarkPosition.js";
import { loadBenchmark } from "./loadBenchmark.js";

const EXAMPLE = fileURLToPath(new URL("../../../examples/benchmarks/example-saas.json", import.meta.url));
const valid = { name: "SaaS", source: "Acme Research", year: 2025, example: false, mean: 41 };

function issues(value: unknown): string[] {
  try {
    parseBenchmark(value);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).code).toBe("NPSKIT_E_CONFIG");
    return (error as ConfigError).issues.map((issue) => `${issue.pointer}: ${issue.message}`);
  }
  return [];
}

describe("parseBenchmark", () => {
  it("accepts a mean or quartiles", () => {
    expect(parseBenchmark(valid)).toEqual(valid);
    expect(issues({ ...valid, mean: undefined, quartiles: { q1: 10, median: 20, q3: 30 } })).toEqual([]);
  });

  it.each([
    [{ ...valid, year: "2025" }, '/year: must be an integer from 1990 to 2100 (got "2025")'],
    [{ ...valid, mean: 140 }, "/mean: must be a number from -100 to 100 (got 140)"],
    [{ ...valid, sorce: "x" }, '/sorce: is not a known property (did you mean "source"?)'],
    [{ ...valid, mean: undefined }, "/mean: is required (or quartiles: { q1, median, q3 })"],
    [{ ...valid, example: undefined }, "/example: is required"],
    [
      { ...valid, mean: undefined, quartiles: { q1: 30, median: 20, q3: 40 } },
      "/quartiles: must be in order: q1 ≤ median ≤ q3",
    ],
  ])("names the key: %j", (value, issue) => {
    expect(issues(JSON.parse(JSON.stringify(value)))).toContain(issue);
  });
});

describe("loadBenchmark", () => {
  it("loads the example file, which says it is an example", async () => {
    const benchmark = await loadBenchmark(EXAMPLE);
    expect(benchmark.example).toBe(true);
    expect(benchmark.description).toMatch(/EXAMPLE ONLY: made-up numbers/);
  });

  it("names a missing file", async () => {
    await expect(loadBenchmark("no/such/benchmark.json")).rejects.toThrow(
      /cannot read the benchmark file no\/such\/benchmark\.json/,
    );
  });
});

describe("benchmarkPosition", () => {
  const overall = (low: number, high: number) =>
    ({ interval: { low, high, level: 0.95, method: "adjusted-wald" } }) as Parameters<
      typeof benchmarkPosition
    >[1];
  const quartiles = { ...valid, mean: 99, quartiles: { q1: 20, median: 35, q3: 50 } };

  it.each([
    [quartiles, 5, 19, "below"],
    [quartiles, 10, 25, "within"],
    [quartiles, 51, 60, "above"],
    [valid, 20, 40, "below"],
    [valid, 30, 50, "within"],
    [valid, 42, 50, "above"],
  ] as const)("interval %#: %s", (benchmark, low, high, position) => {
    expect(benchmarkPosition(benchmark, overall(low, high)).position).toBe(position);
  });

  it("is unknown without answers", () => {
    expect(
      benchmarkPosition(valid, { interval: null } as Parameters<typeof benchmarkPosition>[1]),
    ).toMatchObject({
      position: "unknown",
      mean: 41,
      quartiles: null,
    });
  });
});
