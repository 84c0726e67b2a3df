import { describe, expect, it } from "vitest";
import { formatCalc } from "./formatCalc.js";
import { runCalc } from "./runCalc.js";

const SURVEYMONKEY = { promoters: 80, passives: 30, detractors: 40 } as const;

describe("formatCalc", () => {
  it("prints counts, shares, the NPS with its exact value, the interval and the margin of error", () => {
    expect(formatCalc(runCalc({ counts: SURVEYMONKEY }))).toMatchInlineSnapshot(`
      "Answered         150
      Promoters 9–10    80  53.3 %
      Passives 7–8      30  20.0 %
      Detractors 0–6    40  26.7 %
      NPS              27  (exact 26.67)
      95 % interval    12.6 to 39.6  (adjusted Wald)
      Margin of error  ±13.5 points
      "
    `);
  });

  it("shows unanswered responses beside the answered ones, outside the NPS", () => {
    expect(formatCalc(runCalc({ scores: [10, 9, 9, 8, 7, 6, 3, 10, null] }))).toMatchInlineSnapshot(`
      "Answered         8 (+1 unanswered, not in NPS)
      Promoters 9–10   4  50.0 %
      Passives 7–8     2  25.0 %
      Detractors 0–6   2  25.0 %
      NPS              25  (exact 25.00)
      95 % interval    −29.4 to 65.8  (adjusted Wald)
      Margin of error  ±47.6 points
      "
    `);
  });

  it("says there is no NPS when nothing was answered", () => {
    expect(
      formatCalc(runCalc({ counts: { promoters: 0, passives: 0, detractors: 0 }, unanswered: 3 })),
    ).toMatchInlineSnapshot(`
      "Answered        0 (+3 unanswered, not in NPS)
      Promoters 9–10  0
      Passives 7–8    0
      Detractors 0–6  0
      NPS             none: no answered responses
      "
    `);
  });

  it("says so when the percentages were rounded first (SurveyMonkey's 26, exact 26.67)", () => {
    expect(
      formatCalc(runCalc({ counts: SURVEYMONKEY, rounding: "percentages-first" })),
    ).toMatchInlineSnapshot(`
      "Answered         150
      Promoters 9–10    80  53.3 %
      Passives 7–8      30  20.0 %
      Detractors 0–6    40  26.7 %
      NPS              26  (exact 26.67, percentages rounded first)
      95 % interval    12.6 to 39.6  (adjusted Wald)
      Margin of error  ±13.5 points
      "
    `);
  });

  it("prints negative values with a minus sign, the chosen level, method and decimals", () => {
    expect(
      formatCalc(
        runCalc({
          counts: { promoters: 10, passives: 20, detractors: 45 },
          level: 0.9,
          method: "score",
          decimals: 1,
        }),
      ),
    ).toMatchInlineSnapshot(`
      "Answered         75
      Promoters 9–10   10  13.3 %
      Passives 7–8     20  26.7 %
      Detractors 0–6   45  60.0 %
      NPS              −46.7  (exact −46.67)
      90 % interval    −59.0 to −31.8  (score (Tango))
      Margin of error  ±13.6 points
      "
    `);
  });

  it("ends with exactly one newline", () => {
    const text = formatCalc(runCalc({ counts: SURVEYMONKEY }));
    expect(text.endsWith("\n")).toBe(true);
    expect(text.endsWith("\n\n")).toBe(false);
  });
});
