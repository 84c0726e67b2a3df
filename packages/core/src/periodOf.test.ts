import { describe, expect, it } from "vitest";
import { thrown } from "../test/thrown.js";
import type { PeriodGrain } from "./period.js";
import { periodOf, toMillis } from "./periodOf.js";

describe("periodOf", () => {
  it("puts one instant in different months in different zones", () => {
    expect(periodOf("2026-10-31T22:30:00Z", "month", "Europe/Moscow")).toEqual({
      grain: "month",
      key: "2026-11",
      timeZone: "Europe/Moscow",
      start: "2026-11-01T00:00:00+03:00",
      end: "2026-12-01T00:00:00+03:00",
    });
    expect(periodOf("2026-10-31T22:30:00Z", "month", "America/New_York")).toEqual({
      grain: "month",
      key: "2026-10",
      timeZone: "America/New_York",
      start: "2026-10-01T00:00:00-04:00",
      end: "2026-11-01T00:00:00-04:00",
    });
    expect(periodOf("2026-10-31T22:30:00Z", "month", "UTC").key).toBe("2026-10");
  });

  it("defaults to months in UTC", () => {
    expect(periodOf("2026-10-31T23:59:59.999Z")).toMatchObject({
      grain: "month",
      key: "2026-10",
      timeZone: "UTC",
      start: "2026-10-01T00:00:00Z",
      end: "2026-11-01T00:00:00Z",
    });
    expect(periodOf("2026-11-01T00:00:00Z").key).toBe("2026-11");
  });

  it("accepts a Date, milliseconds and an ISO string with any offset alike", () => {
    const millis = Date.UTC(2026, 9, 31, 22, 30);
    const byDate = periodOf(new Date(millis), "month", "Europe/Moscow");
    expect(periodOf(millis, "month", "Europe/Moscow")).toEqual(byDate);
    expect(periodOf("2026-11-01T01:30:00+03:00", "month", "Europe/Moscow")).toEqual(byDate);
    expect(periodOf("2026-10-31T18:30:00-04:00", "month", "Europe/Moscow")).toEqual(byDate);
  });

  it("canonicalises the zone's capitals", () => {
    expect(periodOf("2026-10-31T22:30:00Z", "month", "europe/moscow").timeZone).toBe("Europe/Moscow");
  });

  // Instants one millisecond either side of local midnight on the 1st, in zones with daylight saving time.
  it.each([
    // America/New_York: DST starts 2026-03-08 and ends 2026-11-01 (a Sunday, the 1st itself).
    ["America/New_York", "2026-03-01T04:59:59.999Z", "2026-02", "2026-03-01T05:00:00Z", "2026-03"],
    ["America/New_York", "2026-04-01T03:59:59.999Z", "2026-03", "2026-04-01T04:00:00Z", "2026-04"],
    ["America/New_York", "2026-11-01T03:59:59.999Z", "2026-10", "2026-11-01T04:00:00Z", "2026-11"],
    ["America/New_York", "2026-12-01T04:59:59.999Z", "2026-11", "2026-12-01T05:00:00Z", "2026-12"],
    // Europe/Berlin: DST from 2026-03-29 to 2026-10-25 (last Sundays).
    ["Europe/Berlin", "2026-03-31T21:59:59.999Z", "2026-03", "2026-03-31T22:00:00Z", "2026-04"],
    ["Europe/Berlin", "2026-10-31T22:59:59.999Z", "2026-10", "2026-10-31T23:00:00Z", "2026-11"],
    ["Europe/Berlin", "2026-02-28T22:59:59.999Z", "2026-02", "2026-02-28T23:00:00Z", "2026-03"],
    // Other offsets: Moscow (+03:00, no DST), Kathmandu (+05:45), Lord Howe (+11:00 in summer, 30-minute DST).
    ["Europe/Moscow", "2026-10-31T20:59:59.999Z", "2026-10", "2026-10-31T21:00:00Z", "2026-11"],
    ["Asia/Kathmandu", "2026-06-30T18:14:59.999Z", "2026-06", "2026-06-30T18:15:00Z", "2026-07"],
    ["Australia/Lord_Howe", "2026-12-31T12:59:59.999Z", "2026-12", "2026-12-31T13:00:00Z", "2027-01"],
  ])("in %s, %s is %s and %s is %s", (zone, before, beforeKey, after, afterKey) => {
    expect(periodOf(before, "month", zone).key).toBe(beforeKey);
    expect(periodOf(after, "month", zone).key).toBe(afterKey);
    expect(periodOf(after, "month", zone).start).toSatisfy(
      (start: string) => Date.parse(start) === Date.parse(after),
    );
  });

  it.each([
    // Spring forward: the month starts on standard time and ends on summer time.
    ["America/New_York", "2026-03-15T12:00:00Z", "2026-03-01T00:00:00-05:00", "2026-04-01T00:00:00-04:00"],
    ["America/New_York", "2026-11-15T12:00:00Z", "2026-11-01T00:00:00-04:00", "2026-12-01T00:00:00-05:00"],
    ["Europe/Berlin", "2026-03-15T12:00:00Z", "2026-03-01T00:00:00+01:00", "2026-04-01T00:00:00+02:00"],
    ["Europe/Berlin", "2026-10-15T12:00:00Z", "2026-10-01T00:00:00+02:00", "2026-11-01T00:00:00+01:00"],
  ])(
    "a month across a DST change in %s keeps each boundary's own offset (%s)",
    (zone, instant, start, end) => {
      expect(periodOf(instant, "month", zone)).toMatchObject({ start, end });
    },
  );

  it("gives DST-change weeks their true length", () => {
    // 2026-W10 holds the spring-forward Sunday in New York: 167 hours, not 168.
    const week = periodOf("2026-03-08T12:00:00Z", "week", "America/New_York");
    expect(week).toMatchObject({
      key: "2026-W10",
      start: "2026-03-02T00:00:00-05:00",
      end: "2026-03-09T00:00:00-04:00",
    });
    expect((Date.parse(week.end) - Date.parse(week.start)) / 3_600_000).toBe(167);
    // 2026-W43 holds the fall-back Sunday in Berlin: 169 hours.
    const autumn = periodOf("2026-10-25T12:00:00Z", "week", "Europe/Berlin");
    expect(autumn).toMatchObject({
      key: "2026-W43",
      start: "2026-10-19T00:00:00+02:00",
      end: "2026-10-26T00:00:00+01:00",
    });
    expect((Date.parse(autumn.end) - Date.parse(autumn.start)) / 3_600_000).toBe(169);
  });

  it.each<[string, PeriodGrain, string, string, string]>([
    // ISO weeks: Monday to Sunday, numbered in the week-numbering year.
    ["2026-12-31T12:00:00Z", "week", "2026-W53", "2026-12-28T00:00:00Z", "2027-01-04T00:00:00Z"],
    ["2027-01-01T00:00:00Z", "week", "2026-W53", "2026-12-28T00:00:00Z", "2027-01-04T00:00:00Z"],
    ["2027-01-03T23:59:59Z", "week", "2026-W53", "2026-12-28T00:00:00Z", "2027-01-04T00:00:00Z"],
    ["2027-01-04T00:00:00Z", "week", "2027-W01", "2027-01-04T00:00:00Z", "2027-01-11T00:00:00Z"],
    ["2025-12-29T00:00:00Z", "week", "2026-W01", "2025-12-29T00:00:00Z", "2026-01-05T00:00:00Z"],
    ["2025-12-28T23:59:59Z", "week", "2025-W52", "2025-12-22T00:00:00Z", "2025-12-29T00:00:00Z"],
    ["2026-10-31T22:30:00Z", "week", "2026-W44", "2026-10-26T00:00:00Z", "2026-11-02T00:00:00Z"],
    // Quarters and years.
    ["2026-01-01T00:00:00Z", "quarter", "2026-Q1", "2026-01-01T00:00:00Z", "2026-04-01T00:00:00Z"],
    ["2026-06-30T23:59:59Z", "quarter", "2026-Q2", "2026-04-01T00:00:00Z", "2026-07-01T00:00:00Z"],
    ["2026-08-15T00:00:00Z", "quarter", "2026-Q3", "2026-07-01T00:00:00Z", "2026-10-01T00:00:00Z"],
    ["2026-12-31T23:59:59Z", "quarter", "2026-Q4", "2026-10-01T00:00:00Z", "2027-01-01T00:00:00Z"],
    ["2026-12-31T23:59:59Z", "year", "2026", "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z"],
    ["2027-01-01T00:00:00Z", "year", "2027", "2027-01-01T00:00:00Z", "2028-01-01T00:00:00Z"],
  ])("%s by %s is %s [%s, %s) in UTC", (instant, grain, key, start, end) => {
    expect(periodOf(instant, grain, "UTC")).toEqual({ grain, key, timeZone: "UTC", start, end });
  });

  it("puts a New Year's Eve instant in next year's quarter and year east of UTC", () => {
    expect(periodOf("2026-12-31T22:30:00Z", "quarter", "Europe/Moscow").key).toBe("2027-Q1");
    expect(periodOf("2026-12-31T22:30:00Z", "year", "Europe/Moscow")).toMatchObject({
      key: "2027",
      start: "2027-01-01T00:00:00+03:00",
      end: "2028-01-01T00:00:00+03:00",
    });
    expect(periodOf("2026-12-31T22:30:00Z", "year", "America/New_York").key).toBe("2026");
  });

  it("keeps periods contiguous where local midnight is skipped (DST at 00:00)", () => {
    // Paraguay moved its clocks from 00:00 to 01:00 on Sunday 2023-10-01: October starts at 01:00.
    const september = periodOf("2023-09-15T12:00:00Z", "month", "America/Asuncion");
    const october = periodOf("2023-10-15T12:00:00Z", "month", "America/Asuncion");
    expect(october).toMatchObject({
      key: "2023-10",
      start: "2023-10-01T01:00:00-03:00",
      end: "2023-11-01T00:00:00-03:00",
    });
    expect(Date.parse(september.end)).toBe(Date.parse(october.start));
    expect(periodOf("2023-10-31T23:30:00-03:00", "month", "America/Asuncion").key).toBe("2023-10");
    expect(periodOf("2023-11-01T00:30:00-03:00", "month", "America/Asuncion").key).toBe("2023-11");
  });

  it.each([["day"], ["months"], [""]])("rejects the grain %j with NPSKIT_E_PERIOD", (grain) => {
    expect(thrown(() => periodOf(0, grain as PeriodGrain))).toMatchObject({
      name: "PeriodError",
      code: "NPSKIT_E_PERIOD",
      message: `unknown period grain ${JSON.stringify(grain)} (expected one of: month, week, quarter, year)`,
    });
  });

  it("rejects an unknown zone with NPSKIT_E_TIME_ZONE", () => {
    expect(thrown(() => periodOf(0, "month", "Europe/Moskow"))).toMatchObject({ code: "NPSKIT_E_TIME_ZONE" });
  });

  it.each([["not a date"], [Number.NaN], [Number.POSITIVE_INFINITY], [new Date("nope")]])(
    "rejects the instant %j with NPSKIT_E_INVALID_ARGUMENT",
    (instant) => {
      expect(thrown(() => periodOf(instant))).toMatchObject({
        name: "InvalidArgumentError",
        code: "NPSKIT_E_INVALID_ARGUMENT",
      });
    },
  );
});

describe("toMillis", () => {
  it.each<[Date | number | string, number]>([
    [0, 0],
    [new Date(Date.UTC(2026, 9, 31)), Date.UTC(2026, 9, 31)],
    ["2026-10-31T22:30:00Z", Date.UTC(2026, 9, 31, 22, 30)],
    ["2026-11-01T01:30:00+03:00", Date.UTC(2026, 9, 31, 22, 30)],
  ])("reads %j", (instant, millis) => {
    expect(toMillis(instant)).toBe(millis);
  });

  it("names the unreadable value", () => {
    expect(() => toMillis("yesterday")).toThrow('"yesterday" is not a valid date-time');
  });
});
