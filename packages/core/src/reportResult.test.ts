import { describe, expect, it } from "vitest";
import { displayNps } from "./displayNps.js";
import { emptyHistogram, histogramOf } from "./histogram.js";
import { marginOfError, npsInterval } from "./npsInterval.js";
import { reportResult } from "./reportResult.js";
import type { ReportSettings } from "./reportSettings.js";

function settings(overrides: Partial<ReportSettings> = {}): ReportSettings {
  return {
    interval: { method: "adjusted-wald", level: 0.95 },
    comparison: "adjusted-wald",
    rounding: { mode: "exact", decimals: 0 },
    ...overrides,
  };
}

/** 80 promoters, 30 passives, 40 detractors (the SurveyMonkey calculator example) and 2 unanswered. */
const example = histogramOf([
  ...Array<number>(80).fill(10),
  ...Array<number>(30).fill(7),
  ...Array<number>(40).fill(2),
  null,
  null,
]);

describe("reportResult", () => {
  it("80/30/40 in percentages-first mode: the shown shares are the numbers subtracted (53 − 27 = 26)", () => {
    const result = reportResult(example, settings({ rounding: { mode: "percentages-first", decimals: 0 } }));
    expect(result).toMatchObject({
      answered: 150,
      unanswered: 2,
      promoters: 80,
      passives: 30,
      detractors: 40,
    });
    expect(result.displayedShares).toEqual({ promoters: 53, passives: 20, detractors: 27 });
    expect(result.displayed).toBe(26);
    expect(result.nps).toBeCloseTo(26.666666666666668, 14);
  });

  it.each([
    // shares 53.333…, 20, 26.666…; NPS 26.666…
    ["exact", 0, 27, [53, 20, 27]],
    ["exact", 2, 26.67, [53.33, 20, 26.67]],
    ["percentages-first", 0, 26, [53, 20, 27]],
    ["percentages-first", 1, 26.6, [53.3, 20, 26.7]],
  ] as const)("rounds %s to %i decimals: %d", (mode, decimals, displayed, [p, pa, d]) => {
    const result = reportResult(example, settings({ rounding: { mode, decimals } }));
    expect(result.displayed).toBe(displayed);
    expect(result.displayed).toBe(displayNps(example, { mode, decimals }));
    expect(result.displayedShares).toEqual({ promoters: p, passives: pa, detractors: d });
  });

  it("rounds a half share away from zero: 1 of 8 is 12.5 % → 13 %", () => {
    const result = reportResult(histogramOf([10, 8, 8, 8, 8, 8, 8, 0]), settings());
    expect(result.displayedShares).toEqual({ promoters: 13, passives: 75, detractors: 13 });
  });

  it("has the exact shares, the interval of the chosen method and its half width", () => {
    const wald = { method: "wald", level: 0.9 } as const;
    const result = reportResult(example, settings({ interval: wald }));
    expect(result.shares).toEqual({ promoters: 80 / 150, passives: 30 / 150, detractors: 40 / 150 });
    expect(result.interval).toEqual(npsInterval(example, wald));
    expect(result.marginOfError).toBeCloseTo(marginOfError(example, wald)!, 12);
  });

  it("is null — not 0 — wherever nothing was answered, and still counts the unanswered", () => {
    const histogram = emptyHistogram();
    histogram.unanswered = 3;
    expect(reportResult(histogram, settings())).toEqual({
      answered: 0,
      unanswered: 3,
      promoters: 0,
      passives: 0,
      detractors: 0,
      shares: null,
      displayedShares: null,
      nps: null,
      displayed: null,
      interval: null,
      marginOfError: null,
    });
  });
});
