import { describe, expect, it } from "vitest";
import { createFormatter } from "./formatter.js";

const sample = (locale: string, decimals = 0) => {
  const f = createFormatter(locale, decimals);
  return {
    integer: f.integer(2392),
    negative: f.decimal(-26.5),
    decimal: f.decimal(26.665, 2),
    signedUp: f.signed(16.97),
    signedDown: f.signed(-4.2),
    signedZero: f.signed(-0.3),
    percent: f.percent(51),
    share: f.share(0.17857),
    level: f.level(0.95),
    levelOdd: f.level(0.995),
    p: f.pValue(0.028),
    pSmall: f.pValue(0.0042),
    pTiny: f.pValue(0.00001),
    date: f.date("2026-11-02T09:00:00+03:00", "Europe/Moscow"),
    shortDate: f.shortDate("2026-10-31T22:30:00Z", "Europe/Moscow"),
  };
};

describe("createFormatter", () => {
  it("formats English numbers, percentages and dates", () => {
    expect(sample("en")).toMatchInlineSnapshot(`
      {
        "date": "November 2, 2026",
        "decimal": "26.67",
        "integer": "2,392",
        "level": "95%",
        "levelOdd": "99.5%",
        "negative": "−27",
        "p": "0.03",
        "pSmall": "0.004",
        "pTiny": "< 0.001",
        "percent": "51%",
        "share": "18%",
        "shortDate": "Nov 1, 2026",
        "signedDown": "−4",
        "signedUp": "+17",
        "signedZero": "0",
      }
    `);
  });

  it("formats Russian with no-break spaces, decimal commas and Russian dates", () => {
    expect(sample("ru")).toMatchInlineSnapshot(`
      {
        "date": "2 ноября 2026 г.",
        "decimal": "26,67",
        "integer": "2 392",
        "level": "95 %",
        "levelOdd": "99,5 %",
        "negative": "−27",
        "p": "0,03",
        "pSmall": "0,004",
        "pTiny": "< 0,001",
        "percent": "51 %",
        "share": "18 %",
        "shortDate": "1 нояб. 2026 г.",
        "signedDown": "−4",
        "signedUp": "+17",
        "signedZero": "0",
      }
    `);
  });

  it("uses U+00A0 as the Russian group separator and before %", () => {
    const f = createFormatter("ru");
    expect(f.integer(2392)).toBe("2\u00a0392");
    expect(f.percent(51)).toBe("51\u00a0%");
  });

  it("rounds half away from zero at display, the report's rule", () => {
    const f = createFormatter("en");
    expect([f.decimal(26.5), f.decimal(-26.5), f.decimal(0.5), f.decimal(1.005, 2)]).toEqual([
      "27",
      "\u221227",
      "1",
      "1.01",
    ]);
  });

  it("honours the report's decimals", () => {
    expect(createFormatter("en", 1).decimal(33.16326)).toBe("33.2");
    expect(createFormatter("ru", 1).percent(51.02)).toBe("51,0\u00a0%");
  });
});
