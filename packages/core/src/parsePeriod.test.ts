import { describe, expect, it } from "vitest";
import { thrown } from "../test/thrown.js";
import { PeriodError } from "./errors.js";
import { parsePeriod } from "./parsePeriod.js";
import type { PeriodGrain } from "./period.js";
import { periodOf } from "./periodOf.js";

describe("parsePeriod", () => {
  it.each<[string, PeriodGrain, string, string, string]>([
    ["2026-10", "month", "2026-10", "2026-10-01T00:00:00Z", "2026-11-01T00:00:00Z"],
    ["2026-02", "month", "2026-02", "2026-02-01T00:00:00Z", "2026-03-01T00:00:00Z"],
    ["2026-W44", "week", "2026-W44", "2026-10-26T00:00:00Z", "2026-11-02T00:00:00Z"],
    ["2026-W01", "week", "2026-W01", "2025-12-29T00:00:00Z", "2026-01-05T00:00:00Z"],
    ["2026-W53", "week", "2026-W53", "2026-12-28T00:00:00Z", "2027-01-04T00:00:00Z"],
    ["2020-W53", "week", "2020-W53", "2020-12-28T00:00:00Z", "2021-01-04T00:00:00Z"],
    ["2026-Q1", "quarter", "2026-Q1", "2026-01-01T00:00:00Z", "2026-04-01T00:00:00Z"],
    ["2026-Q4", "quarter", "2026-Q4", "2026-10-01T00:00:00Z", "2027-01-01T00:00:00Z"],
    ["2026", "year", "2026", "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z"],
    // Lower-case letters and surrounding spaces are forgiven; the key comes back canonical.
    ["2026-q4", "quarter", "2026-Q4", "2026-10-01T00:00:00Z", "2027-01-01T00:00:00Z"],
    ["2026-w44", "week", "2026-W44", "2026-10-26T00:00:00Z", "2026-11-02T00:00:00Z"],
    [" 2026-10 ", "month", "2026-10", "2026-10-01T00:00:00Z", "2026-11-01T00:00:00Z"],
  ])("reads %j as a %s, %s = [%s, %s) in UTC", (text, grain, key, start, end) => {
    expect(parsePeriod(text)).toEqual({ grain, key, timeZone: "UTC", start, end });
  });

  it("puts the boundaries in the zone, with the offset in force at each", () => {
    expect(parsePeriod("2026-10", "Europe/Moscow")).toEqual({
      grain: "month",
      key: "2026-10",
      timeZone: "Europe/Moscow",
      start: "2026-10-01T00:00:00+03:00",
      end: "2026-11-01T00:00:00+03:00",
    });
    expect(parsePeriod("2026-03", "America/New_York")).toMatchObject({
      start: "2026-03-01T00:00:00-05:00",
      end: "2026-04-01T00:00:00-04:00",
    });
    expect(parsePeriod("2026-11", "America/New_York")).toMatchObject({
      start: "2026-11-01T00:00:00-04:00",
      end: "2026-12-01T00:00:00-05:00",
    });
    expect(parsePeriod("2026-10", "Europe/Berlin")).toMatchObject({
      start: "2026-10-01T00:00:00+02:00",
      end: "2026-11-01T00:00:00+01:00",
    });
    expect(parsePeriod("2026-Q1", "Europe/Berlin")).toMatchObject({
      start: "2026-01-01T00:00:00+01:00",
      end: "2026-04-01T00:00:00+02:00",
    });
    expect(parsePeriod("2026-W53", "Asia/Kathmandu")).toMatchObject({
      start: "2026-12-28T00:00:00+05:45",
      end: "2027-01-04T00:00:00+05:45",
    });
  });

  it.each([
    ["2026-10", "Europe/Moscow"],
    ["2026-W53", "America/New_York"],
    ["2026-Q4", "Australia/Lord_Howe"],
    ["2027", "Asia/Kathmandu"],
  ])("round-trips %s in %s with periodOf", (key, zone) => {
    const period = parsePeriod(key, zone);
    expect(periodOf(period.start, period.grain, zone)).toEqual(period);
    expect(periodOf(Date.parse(period.end) - 1, period.grain, zone)).toEqual(period);
  });

  it.each([["2025-W53"], ["2026-W54"], ["2026-W00"], ["2026-13"], ["2026-00"]])(
    "rejects %j, which the calendar does not have",
    (key) => {
      const error = thrown(() => parsePeriod(key));
      expect(error).toBeInstanceOf(PeriodError);
      expect(error).toMatchObject({
        code: "NPSKIT_E_PERIOD",
        message: `${JSON.stringify(key)} does not exist in the calendar`,
      });
    },
  );

  it.each([
    ["2026-1"],
    ["2026-Q5"],
    ["2026-Q0"],
    ["26-10"],
    ["2026/10"],
    ["2026-10-01"],
    ["October 2026"],
    [""],
    [42 as unknown as string],
  ])("rejects %j as not a period", (key) => {
    expect(thrown(() => parsePeriod(key))).toMatchObject({ name: "PeriodError", code: "NPSKIT_E_PERIOD" });
  });

  it("says which forms it reads", () => {
    expect((thrown(() => parsePeriod("Oct 2026")) as Error).message).toMatchInlineSnapshot(
      `""Oct 2026" is not a period; use 2026-10 (month), 2026-W44 (ISO week), 2026-Q4 (quarter) or 2026 (year)"`,
    );
  });

  it("checks the time zone first", () => {
    expect(thrown(() => parsePeriod("2026-10", "Europe/Moskow"))).toMatchObject({
      code: "NPSKIT_E_TIME_ZONE",
    });
  });
});
