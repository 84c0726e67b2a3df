import type { ReportModel } from "@npskit/core";
import { describe, expect, it } from "vitest";
import { type QualityGates, qualityGateFailures, scopeText } from "./qualityGates.js";

interface Given {
  readonly nps: number | null;
  readonly displayed?: number | null;
  readonly change?: { difference: number; p: number; significant: boolean; level?: number } | null;
  readonly scope?: Record<string, string>;
}

/** The parts of a ReportModel the gates read. */
function model(given: Given): ReportModel {
  const change = given.change ?? null;
  return {
    period: { key: "2026-10" },
    previousPeriod: { key: "2026-09" },
    scope: given.scope ?? {},
    overall: {
      nps: given.nps,
      displayed:
        given.displayed === undefined ? (given.nps === null ? null : Math.round(given.nps)) : given.displayed,
    },
    change:
      change === null
        ? null
        : { ...change, interval: { low: -1, high: 1, level: change.level ?? 0.95, method: "adjusted-wald" } },
  } as unknown as ReportModel;
}

const drop = { difference: -17.04, p: 0.0281, significant: true };

describe("qualityGateFailures", () => {
  it.each<[string, Given, QualityGates, string[]]>([
    ["no gates", { nps: -80, change: drop }, {}, []],
    ["NPS above --fail-under", { nps: 33.16 }, { failUnder: 30 }, []],
    ["NPS exactly at --fail-under", { nps: 30 }, { failUnder: 30 }, []],
    [
      "NPS under --fail-under",
      { nps: 33.16 },
      { failUnder: 40 },
      ["NPS 33.2 (shown as 33) for 2026-10 is under --fail-under 40"],
    ],
    // the exact value counts: 29.6 is shown as 30 but is under 30
    [
      "NPS shown at the gate but under it",
      { nps: 29.6 },
      { failUnder: 30 },
      ["NPS 29.6 (shown as 30) for 2026-10 is under --fail-under 30"],
    ],
    [
      "a negative gate",
      { nps: -12.5, displayed: -13 },
      { failUnder: -10 },
      ["NPS -12.5 (shown as -13) for 2026-10 is under --fail-under -10"],
    ],
    [
      "no answers",
      { nps: null },
      { failUnder: 0 },
      ["no answered responses for 2026-10, so NPS cannot be checked against --fail-under 0"],
    ],
    [
      "a significant drop",
      { nps: 16, change: drop },
      { failOnDrop: true },
      ["NPS fell 17 points from 2026-09 for 2026-10, significant at 95 % (p = 0.028)"],
    ],
    [
      "a drop that is not significant",
      { nps: 16, change: { ...drop, p: 0.2, significant: false } },
      { failOnDrop: true },
      [],
    ],
    ["a significant rise", { nps: 16, change: { ...drop, difference: 17 } }, { failOnDrop: true }, []],
    ["no previous period", { nps: 16, change: null }, { failOnDrop: true }, []],
    [
      "a drop at another level",
      { nps: 16, change: { ...drop, level: 0.9 } },
      { failOnDrop: true },
      ["NPS fell 17 points from 2026-09 for 2026-10, significant at 90 % (p = 0.028)"],
    ],
    [
      "both gates",
      { nps: 10, change: drop },
      { failUnder: 20, failOnDrop: true },
      [
        "NPS 10 (shown as 10) for 2026-10 is under --fail-under 20",
        "NPS fell 17 points from 2026-09 for 2026-10, significant at 95 % (p = 0.028)",
      ],
    ],
  ])("%s", (_, given, gates, messages) => {
    expect(qualityGateFailures([model(given)], gates).map((f) => f.message)).toEqual(messages);
  });

  it("checks every report of a split run, naming its scope and gate", () => {
    const failures = qualityGateFailures(
      [
        model({ nps: 40 }),
        model({ nps: 10, scope: { region: "EU" }, change: drop }),
        model({ nps: 50, scope: { region: "US" } }),
      ],
      { failUnder: 30, failOnDrop: true },
    );
    expect(failures).toEqual([
      {
        gate: "fail-under",
        scope: "region=EU",
        message: "NPS 10 (shown as 10) for 2026-10 (region=EU) is under --fail-under 30",
      },
      {
        gate: "fail-on-drop",
        scope: "region=EU",
        message: "NPS fell 17 points from 2026-09 for 2026-10 (region=EU), significant at 95 % (p = 0.028)",
      },
    ]);
  });
});

describe("scopeText", () => {
  it.each([
    [{}, "all responses"],
    [{ region: "EU" }, "region=EU"],
    [{ region: "Russia & CIS", plan: "Pro" }, "region=Russia & CIS, plan=Pro"],
  ])("%j is %s", (scope, text) => {
    expect(scopeText({ scope })).toBe(text);
  });
});
