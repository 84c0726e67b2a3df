import { ingest, type PeriodGrain } from "@npskit/core";
import { describe, expect, it } from "vitest";
import { PERIOD_WORDS, reportPeriod } from "./reportPeriod.js";

const at = (iso: string) => new Date(iso);

describe("reportPeriod", () => {
  it.each<[string | undefined, PeriodGrain, string, string, string]>([
    // option, grain, time zone, now, expected key
    [undefined, "month", "UTC", "2026-11-23T10:00:00Z", "2026-10"],
    ["last", "month", "UTC", "2026-11-01T00:00:00Z", "2026-10"],
    ["last-month", "month", "UTC", "2026-01-15T00:00:00Z", "2025-12"],
    ["  Last-Month ", "month", "UTC", "2026-11-23T10:00:00Z", "2026-10"],
    // 2026-10-31T22:30Z is already November in Moscow, so October is complete there…
    ["last-month", "month", "Europe/Moscow", "2026-10-31T22:30:00Z", "2026-10"],
    // …while in UTC it is still October, so the last complete month is September.
    ["last-month", "month", "UTC", "2026-10-31T22:30:00Z", "2026-09"],
    ["last-month", "month", "Europe/Moscow", "2026-11-01T00:30:00+03:00", "2026-10"],
    ["last-month", "month", "UTC", "2026-11-01T00:30:00+03:00", "2026-09"],
    ["last", "quarter", "UTC", "2026-11-23T10:00:00Z", "2026-Q3"],
    ["last-quarter", "quarter", "UTC", "2026-11-23T10:00:00Z", "2026-Q3"],
    ["last-year", "year", "UTC", "2026-11-23T10:00:00Z", "2025"],
    ["last-week", "week", "UTC", "2026-11-23T10:00:00Z", "2026-W47"],
    ["2026-10", "month", "Europe/Moscow", "2030-01-01T00:00:00Z", "2026-10"],
    [" 2026-Q4 ", "quarter", "UTC", "2030-01-01T00:00:00Z", "2026-Q4"],
    ["2026-W44", "week", "UTC", "2030-01-01T00:00:00Z", "2026-W44"],
    ["2026", "year", "UTC", "2030-01-01T00:00:00Z", "2026"],
  ])("%j by %s in %s at %s is %s", (option, grain, timeZone, now, key) => {
    const period = reportPeriod(option, { now: at(now), grain, timeZone });
    expect(period.key).toBe(key);
    expect(period.grain).toBe(grain);
  });

  it("gives the period's bounds in the time zone", () => {
    const period = reportPeriod("2026-10", {
      now: at("2026-11-01T00:00:00Z"),
      grain: "month",
      timeZone: "Europe/Moscow",
    });
    expect(period).toMatchObject({
      key: "2026-10",
      timeZone: "Europe/Moscow",
      start: "2026-10-01T00:00:00+03:00",
      end: "2026-11-01T00:00:00+03:00",
    });
  });

  it.each([
    ["2026-Q4", "month", "is a quarter, but the reports are by month"],
    ["2026-10", "quarter", "is a month, but the reports are by quarter"],
    ["2026-W44", "month", "is a week, but the reports are by month"],
    ["last-quarter", "month", "does not fit the config's month periods; use --period last"],
    ["last-month", "week", "does not fit the config's week periods"],
    ["October", "month", ""],
    ["2026-13", "month", ""],
    ["", "month", ""],
    ["latest", "month", "needs the data read first"],
  ] as const)("refuses %j for %s periods with NPSKIT_E_PERIOD", (option, grain, message) => {
    const call = () => reportPeriod(option, { now: at("2026-11-23T10:00:00Z"), grain, timeZone: "UTC" });
    expect(call).toThrow(
      expect.objectContaining({ code: "NPSKIT_E_PERIOD", message: expect.stringContaining(message) }),
    );
  });

  it("takes latest from the data read: the last period with responses, not the clock", async () => {
    const { aggregation } = await ingest({
      sources: [
        {
          name: "test:inline",
          async *read() {
            yield [
              { response: { id: "1", score: 9, submittedAt: "2026-03-02T10:00:00Z" }, location: { line: 1 } },
              { response: { id: "2", score: 3, submittedAt: "2026-06-30T23:30:00Z" }, location: { line: 2 } },
            ];
          },
        },
      ],
      timeZone: "Europe/Moscow",
      grain: "month",
    });
    const latest = reportPeriod("latest", {
      now: at("2030-01-01T00:00:00Z"),
      grain: "month",
      timeZone: "Europe/Moscow",
      aggregation,
    });
    // 2026-06-30T23:30Z is July in Moscow.
    expect(latest.key).toBe("2026-07");
  });

  it("refuses latest when the sources have no responses at all", async () => {
    const { aggregation } = await ingest({ sources: [], timeZone: "UTC", grain: "month" });
    expect(() =>
      reportPeriod("latest", {
        now: at("2026-11-23T10:00:00Z"),
        grain: "month",
        timeZone: "UTC",
        aggregation,
      }),
    ).toThrow(
      expect.objectContaining({
        code: "NPSKIT_E_PERIOD",
        message: expect.stringContaining("no responses at all"),
      }),
    );
  });

  it("lists every word it takes", () => {
    expect([...PERIOD_WORDS.last, ...PERIOD_WORDS.latest]).toEqual([
      "last",
      "last-month",
      "last-week",
      "last-quarter",
      "last-year",
      "latest",
    ]);
  });
});
