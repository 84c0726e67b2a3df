// Compile-time tests, checked by `tsc --noEmit` (vitest does not run *.test-d.ts files).
import { describe, expectTypeOf, test } from "vitest";
import { defineRule } from "./defineRule.js";
import type { ReportModel } from "./reportModel.js";
import type { RecommendationDraft, RuleContext, RuleFactory, RulePlugin } from "./rule.js";

describe("defineRule", () => {
  test("infers the options, the model and the context", () => {
    const rule = defineRule((options: { min: number }) => ({
      name: "acme:low-response",
      evaluate(model, ctx) {
        expectTypeOf(model).toEqualTypeOf<ReportModel>();
        expectTypeOf(ctx).toEqualTypeOf<RuleContext>();
        expectTypeOf(options.min).toEqualTypeOf<number>();
        return null;
      },
    }));
    expectTypeOf(rule).toEqualTypeOf<RuleFactory<{ min: number }>>();
    expectTypeOf(rule({ min: 100 })).toEqualTypeOf<RulePlugin>();
  });

  test("a draft has no rule name, which the pipeline fills in", () => {
    expectTypeOf<RecommendationDraft>().not.toHaveProperty("rule");
    expectTypeOf<RecommendationDraft>().toHaveProperty("references");
  });
});
