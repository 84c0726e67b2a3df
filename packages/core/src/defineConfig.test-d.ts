// Compile-time tests, checked by `tsc --noEmit` (vitest does not run *.test-d.ts files).
import { describe, expectTypeOf, test } from "vitest";
import type { AnalysisKey, ResolvedAnalysis, ResolvedConfig, UserConfig } from "./config.js";
import type { AnalysisConfig } from "./configData.js";
import { defineConfig } from "./defineConfig.js";
import type { PeriodGrain } from "./period.js";
import { resolveConfig } from "./resolveConfig.js";

describe("defineConfig", () => {
  test("returns the user's config type", () => {
    expectTypeOf(defineConfig).parameter(0).toEqualTypeOf<UserConfig>();
    expectTypeOf(defineConfig({})).toEqualTypeOf<UserConfig>();
  });

  test("accepts every documented setting", () => {
    defineConfig({
      sources: [],
      outputs: [],
      analysis: {
        timeZone: "Europe/Moscow",
        period: "week",
        segments: ["region", "plan"],
        target: 40,
        interval: { method: "adjusted-wald", level: 0.95 },
        rounding: { decimals: 1, mode: "percentages-first" },
      },
      locale: "ru",
      outDir: "reports",
    });
    defineConfig({ analysis: { target: null } });
  });

  test("rejects unknown keys", () => {
    // @ts-expect-error: "timezone" is not a setting (it is "timeZone").
    defineConfig({ analysis: { timezone: "UTC" } });
    // @ts-expect-error: unknown top-level key.
    defineConfig({ outdir: "reports" });
  });

  test("rejects values of the wrong type", () => {
    // @ts-expect-error: "day" is not a period grain.
    defineConfig({ analysis: { period: "day" } });
    // @ts-expect-error: only the shipped locales.
    defineConfig({ locale: "de" });
    // @ts-expect-error: unknown interval method.
    defineConfig({ analysis: { interval: { method: "bootstrap" } } });
    // @ts-expect-error: a level is a number.
    defineConfig({ analysis: { interval: { level: "0.95" } } });
    // @ts-expect-error: segments are a list.
    defineConfig({ analysis: { segments: "region" } });
  });

  test("takes plugin objects, not bare names", () => {
    // @ts-expect-error: a source must be a plugin object.
    defineConfig({ sources: ["csv"] });
    // @ts-expect-error: an output plugin needs write().
    defineConfig({ outputs: [{ name: "acme:chat" }] });
  });
});

describe("ResolvedConfig", () => {
  test("is complete and read-only", () => {
    const resolved = resolveConfig({});
    expectTypeOf(resolved).toEqualTypeOf<ResolvedConfig>();
    expectTypeOf(resolved.analysis.timeZone).toEqualTypeOf<string>();
    expectTypeOf(resolved.analysis.period).toEqualTypeOf<PeriodGrain>();
    expectTypeOf(resolved.analysis.target).toEqualTypeOf<number | null>();
    expectTypeOf(resolved.locale).toEqualTypeOf<"en" | "ru">();
    expectTypeOf(resolved.outDir).toEqualTypeOf<string>();
    // @ts-expect-error: read-only.
    resolved.analysis.timeZone = "UTC";
    // @ts-expect-error: read-only.
    resolved.analysis.interval.level = 0.9;
  });

  test("lists exactly the analysis settings of the schema (the hand-written and generated types cannot drift)", () => {
    expectTypeOf<keyof ResolvedAnalysis>().toEqualTypeOf<keyof Required<AnalysisConfig>>();
    expectTypeOf<AnalysisKey>().toEqualTypeOf<keyof ResolvedAnalysis>();
    expectTypeOf<keyof ResolvedAnalysis["interval"]>().toEqualTypeOf<
      keyof Required<NonNullable<AnalysisConfig["interval"]>>
    >();
    expectTypeOf<keyof ResolvedAnalysis["rounding"]>().toEqualTypeOf<
      keyof Required<NonNullable<AnalysisConfig["rounding"]>>
    >();
    expectTypeOf<ResolvedAnalysis["period"]>().toEqualTypeOf<NonNullable<AnalysisConfig["period"]>>();
    expectTypeOf<ResolvedAnalysis["interval"]["method"]>().toEqualTypeOf<
      NonNullable<NonNullable<AnalysisConfig["interval"]>["method"]>
    >();
    expectTypeOf<ResolvedAnalysis["rounding"]["mode"]>().toEqualTypeOf<
      NonNullable<NonNullable<AnalysisConfig["rounding"]>["mode"]>
    >();
  });

  test("has the user config's top-level keys", () => {
    expectTypeOf<keyof ResolvedConfig>().toEqualTypeOf<keyof Required<UserConfig>>();
  });
});
