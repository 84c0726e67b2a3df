import {
  defineRule,
  InvalidArgumentError,
  NpskitError,
  PluginError,
  type RecommendationDraft,
} from "@npskit/core";
import { describe, expect, it } from "vitest";
import { uniformScenario } from "./__fixtures__/scenario.js";
import { recommend } from "./recommend.js";

const draft = (id: string, priority: number): RecommendationDraft => ({
  id,
  area: "feedback",
  priority,
  title: `Do ${id}`,
  rationale: `Because of ${id}`,
  evidence: [],
  references: ["/overall"],
  actions: ["one", "two"],
});
const rule = (name: string, drafts: readonly RecommendationDraft[] | null) =>
  defineRule(() => ({ name, evaluate: () => drafts }))();

describe("recommend", () => {
  const { model } = uniformScenario();

  it("names the rule of each recommendation and sorts by priority, stable", () => {
    const result = recommend(model, {
      rules: [
        rule("a:one", [draft("x", 10), draft("y", 50)]),
        rule("a:none", null),
        rule("a:two", [draft("z", 50)]),
      ],
    });
    expect(result.recommendations.map((item) => [item.id, item.rule, item.priority])).toEqual([
      ["y", "a:one", 50],
      ["z", "a:two", 50],
      ["x", "a:one", 10],
    ]);
    expect(model.recommendations).toEqual([]);
  });

  it("wraps a rule's error with its name, keeping its code", () => {
    const failing = defineRule(() => ({
      name: "acme:broken",
      evaluate(): RecommendationDraft[] {
        throw new NpskitError("NPSKIT_E_INVALID_ARGUMENT", "no data");
      },
    }))();
    const error = (() => {
      try {
        recommend(model, { rules: [failing] });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(PluginError);
    expect(error).toMatchObject({
      plugin: "acme:broken",
      hook: "evaluate",
      pluginCode: "NPSKIT_E_INVALID_ARGUMENT",
    });
  });

  it("refuses two recommendations with one id, naming both rules", () => {
    expect(() =>
      recommend(model, { rules: [rule("a:one", [draft("x", 1)]), rule("a:two", [draft("x", 2)])] }),
    ).toThrow(
      new InvalidArgumentError(
        'two recommendations have the id "x": from rule "a:one" and from rule "a:two"',
      ),
    );
  });

  it.each([
    ["one action", { ...draft("x", 1), actions: ["only"] }, /has 1 actions; give two to four/],
    ["a priority over 100", { ...draft("x", 101) }, /\/recommendations\/0\/priority/],
    ["a bad pointer", { ...draft("x", 1), references: ["overall"] }, /\/recommendations\/0\/references\/0/],
  ])("refuses %s, naming the rule", (_, bad, message) => {
    expect(() => recommend(model, { rules: [rule("acme:bad", [bad as RecommendationDraft])] })).toThrow(
      message,
    );
    expect(() => recommend(model, { rules: [rule("acme:bad", [bad as RecommendationDraft])] })).toThrow(
      /acme:bad/,
    );
  });

  it("gives each rule its own copy of the model", () => {
    const vandal = defineRule(() => ({
      name: "acme:vandal",
      evaluate(seen) {
        seen.overall.answered = -1;
        return null;
      },
    }))();
    const reader = defineRule(() => ({
      name: "acme:reader",
      evaluate: (seen) => [draft(`answered-${seen.overall.answered}`, 1)],
    }))();
    expect(recommend(model, { rules: [vandal, reader] }).recommendations[0]?.id).toBe("answered-600");
  });
});
