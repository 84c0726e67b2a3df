import { describe, expect, it } from "vitest";
import { parsePeriod } from "./parsePeriod.js";
import { periodLabel } from "./periodLabel.js";

// Labels come from the runtime's Intl data (full ICU in Node 20); the snapshots pin what reports show,
// invisible characters included: English ranges put thin spaces (U+2009) around the dash, and Russian a
// narrow no-break space (U+202F) before "г.".
describe("periodLabel", () => {
  const label = (key: string, locale: string, style?: "long" | "short", zone = "Europe/Moscow") =>
    periodLabel(parsePeriod(key, zone), locale, style);

  it("labels months", () => {
    expect(label("2026-10", "en")).toMatchInlineSnapshot(`"October 2026"`);
    expect(label("2026-10", "en", "short")).toMatchInlineSnapshot(`"Oct 2026"`);
    expect(label("2026-10", "ru")).toMatchInlineSnapshot(`"октябрь 2026 г."`);
    expect(label("2026-10", "ru", "short")).toMatchInlineSnapshot(`"окт. 2026 г."`);
  });

  it("labels quarters as a month range", () => {
    expect(label("2026-Q4", "en")).toMatchInlineSnapshot(`"Oct – Dec 2026"`);
    expect(label("2026-Q4", "ru")).toMatchInlineSnapshot(`"окт. 2026 г. – дек. 2026 г."`);
  });

  it("separates English ranges with thin spaces (U+2009) around the en dash, as CLDR does", () => {
    expect(label("2026-Q4", "en")).toBe("Oct\u2009–\u2009Dec 2026");
  });

  it("labels ISO weeks as a date range, across a year boundary too", () => {
    expect(label("2026-W44", "en")).toMatchInlineSnapshot(`"Oct 26 – Nov 1, 2026"`);
    expect(label("2026-W44", "ru")).toMatchInlineSnapshot(`"26 окт. – 1 нояб. 2026 г."`);
    expect(label("2026-W53", "en")).toMatchInlineSnapshot(`"Dec 28, 2026 – Jan 3, 2027"`);
    expect(label("2026-W53", "ru")).toMatchInlineSnapshot(`"28 дек. 2026 г. – 3 янв. 2027 г."`);
  });

  it("labels years", () => {
    expect(label("2026", "en")).toMatchInlineSnapshot(`"2026"`);
    expect(label("2026", "ru")).toMatchInlineSnapshot(`"2026"`);
  });

  it("defaults to English and the long style", () => {
    expect(periodLabel(parsePeriod("2026-10"))).toBe("October 2026");
  });

  it("reads the dates in the period's own zone, not the runtime's", () => {
    // Midnight in Kathmandu and Lord Howe is the previous day in UTC; the label must not slip back.
    for (const zone of ["Asia/Kathmandu", "Australia/Lord_Howe", "America/New_York", "UTC"]) {
      expect(label("2026-11", "en", "long", zone)).toBe("November 2026");
      expect(label("2026-W44", "en", "long", zone)).toBe("Oct 26\u2009–\u2009Nov 1, 2026");
      expect(label("2027", "en", "long", zone)).toBe("2027");
    }
  });
});
