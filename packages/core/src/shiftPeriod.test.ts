import { describe, expect, it } from "vitest";
import { thrown } from "../test/thrown.js";
import { parsePeriod } from "./parsePeriod.js";
import { lastPeriods, previousPeriod, shiftPeriod } from "./shiftPeriod.js";

describe("shiftPeriod", () => {
  it.each([
    ["2026-01", -1, "2025-12"],
    ["2025-12", 1, "2026-01"],
    ["2026-10", 0, "2026-10"],
    ["2026-10", -22, "2024-12"],
    ["2026-10", 15, "2028-01"],
    ["2026-W01", -1, "2025-W52"],
    ["2026-W52", 1, "2026-W53"],
    ["2026-W53", 1, "2027-W01"],
    ["2027-W01", -1, "2026-W53"],
    ["2020-W53", 52, "2021-W52"],
    ["2026-Q1", -1, "2025-Q4"],
    ["2026-Q4", 1, "2027-Q1"],
    ["2026-Q2", -9, "2024-Q1"],
    ["2026", -1, "2025"],
    ["2026", 10, "2036"],
  ])("%s shifted by %i is %s", (key, by, expected) => {
    expect(shiftPeriod(parsePeriod(key), by).key).toBe(expected);
  });

  it("keeps the grain and the zone, with each boundary's own offset", () => {
    expect(shiftPeriod(parsePeriod("2026-02", "America/New_York"), 1)).toEqual(
      parsePeriod("2026-03", "America/New_York"),
    );
    expect(shiftPeriod(parsePeriod("2026-03", "America/New_York"), 1)).toEqual({
      grain: "month",
      key: "2026-04",
      timeZone: "America/New_York",
      start: "2026-04-01T00:00:00-04:00",
      end: "2026-05-01T00:00:00-04:00",
    });
    expect(shiftPeriod(parsePeriod("2026-12", "Europe/Berlin"), -2)).toEqual({
      grain: "month",
      key: "2026-10",
      timeZone: "Europe/Berlin",
      start: "2026-10-01T00:00:00+02:00",
      end: "2026-11-01T00:00:00+01:00",
    });
  });

  it("does not drift when shifting from a month of a different length", () => {
    // From a 31st-day start nothing is lost: starts are always the 1st.
    expect(shiftPeriod(parsePeriod("2026-01", "Europe/Moscow"), 1).start).toBe("2026-02-01T00:00:00+03:00");
    expect(shiftPeriod(parsePeriod("2024-02"), 12).start).toBe("2025-02-01T00:00:00Z");
  });

  it.each([[0.5], [Number.NaN], [Number.POSITIVE_INFINITY]])("rejects a shift of %s", (by) => {
    expect(thrown(() => shiftPeriod(parsePeriod("2026-10"), by))).toMatchObject({
      code: "NPSKIT_E_INVALID_ARGUMENT",
      message: `a period shift must be a whole number (got ${by})`,
    });
  });
});

describe("previousPeriod", () => {
  it.each([
    ["2026-01", "2025-12"],
    ["2026-W01", "2025-W52"],
    ["2027-W01", "2026-W53"],
    ["2026-Q1", "2025-Q4"],
    ["2026", "2025"],
  ])("before %s comes %s", (key, expected) => {
    expect(previousPeriod(parsePeriod(key, "Europe/Moscow"))).toEqual(parsePeriod(expected, "Europe/Moscow"));
  });
});

describe("lastPeriods", () => {
  it("lists consecutive periods oldest first, across a year boundary", () => {
    expect(lastPeriods(parsePeriod("2026-02"), 4).map((period) => period.key)).toEqual([
      "2025-11",
      "2025-12",
      "2026-01",
      "2026-02",
    ]);
    expect(lastPeriods(parsePeriod("2027-W02"), 4).map((period) => period.key)).toEqual([
      "2026-W52",
      "2026-W53",
      "2027-W01",
      "2027-W02",
    ]);
    expect(lastPeriods(parsePeriod("2027-Q1"), 3).map((period) => period.key)).toEqual([
      "2026-Q3",
      "2026-Q4",
      "2027-Q1",
    ]);
  });

  it("gives twelve touching months, each ending where the next starts", () => {
    const months = lastPeriods(parsePeriod("2026-12", "America/New_York"), 12);
    expect(months).toHaveLength(12);
    expect(months[0]?.key).toBe("2026-01");
    expect(months.at(-1)).toEqual(parsePeriod("2026-12", "America/New_York"));
    for (let i = 1; i < months.length; i++) {
      expect(Date.parse(months[i]!.start)).toBe(Date.parse(months[i - 1]!.end));
    }
  });

  it("with a count of 1 is the period itself", () => {
    expect(lastPeriods(parsePeriod("2026-10"), 1)).toEqual([parsePeriod("2026-10")]);
  });

  it.each([[0], [-3], [2.5]])("rejects a count of %s", (count) => {
    expect(thrown(() => lastPeriods(parsePeriod("2026-10"), count))).toMatchObject({
      code: "NPSKIT_E_INVALID_ARGUMENT",
      message: `the number of periods must be a whole number of at least 1 (got ${count})`,
    });
  });
});
