import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import type { DateTimeParts } from "./dateTimeParts.js";
import { createZonedDateTime } from "./zonedDateTime.js";

const parts = (year: number, month: number, day: number, hour: number, minute: number): DateTimeParts => ({
  year,
  month,
  day,
  hour,
  minute,
  second: 0,
  fraction: "",
});

describe("createZonedDateTime", () => {
  it.each<[string, DateTimeParts, string]>([
    ["Europe/Moscow", parts(2026, 10, 31, 22, 30), "2026-10-31T22:30:00+03:00"],
    ["UTC", parts(2026, 10, 31, 22, 30), "2026-10-31T22:30:00Z"],
    ["America/St_Johns", parts(2026, 1, 15, 9, 0), "2026-01-15T09:00:00-03:30"],
    ["Asia/Kathmandu", parts(2026, 1, 15, 9, 0), "2026-01-15T09:00:00+05:45"],
    // Lord Howe Island moves its clocks by half an hour: 02:00–02:29 do not exist on 4 October 2026.
    ["Australia/Lord_Howe", parts(2026, 10, 4, 2, 15), "2026-10-04T02:45:00+11:00"],
    ["Australia/Lord_Howe", parts(2026, 10, 4, 2, 45), "2026-10-04T02:45:00+11:00"],
    ["Australia/Lord_Howe", parts(2026, 10, 4, 1, 59), "2026-10-04T01:59:00+10:30"],
  ])("%s %j", (zone, local, expected) => {
    expect(createZonedDateTime(zone)(local)).toBe(expected);
  });

  it("keeps the fraction of a second as written", () => {
    expect(createZonedDateTime("Europe/Berlin")({ ...parts(2026, 7, 1, 12, 0), fraction: "250" })).toBe(
      "2026-07-01T12:00:00.250+02:00",
    );
  });

  it.each(["Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "America/Santiago", "Asia/Tehran"])(
    "gives the instant Luxon gives in %s: every 5 minutes around transitions, one time a day otherwise",
    (zone) => {
      const inZone = createZonedDateTime(zone);
      const check = (local: DateTime) => {
        const wall = {
          year: local.year,
          month: local.month,
          day: local.day,
          hour: local.hour,
          minute: local.minute,
        };
        const actual = inZone({ ...wall, second: 0, fraction: "" });
        expect(Date.parse(actual), actual).toBe(DateTime.fromObject(wall, { zone }).toMillis());
      };
      // A transition lies between two noons with different offsets (Santiago's are at midnight).
      let transitionDays = 0;
      const noonOffset = (day: DateTime) =>
        DateTime.fromObject({ ...day.toObject(), hour: 12 }, { zone }).offset;
      for (
        let day = DateTime.fromObject({ year: 2026, day: 2 }, { zone: "UTC" });
        day.year === 2026;
        day = day.plus({ days: 1 })
      ) {
        const previous = day.minus({ days: 1 });
        if (noonOffset(previous) === noonOffset(day)) {
          check(day.plus({ minutes: (day.ordinal * 37) % 1440 }));
          continue;
        }
        transitionDays += 1;
        for (let minute = 12 * 60; minute < 36 * 60; minute += 5) check(previous.plus({ minutes: minute }));
      }
      expect(transitionDays).toBe(zone === "Asia/Tehran" ? 0 : 2);
    },
  );
});
