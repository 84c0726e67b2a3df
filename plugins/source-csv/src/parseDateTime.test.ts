import { describe, expect, it } from "vitest";
import type { DateOrder } from "./detectDateOrder.js";
import { createDateTimeParser } from "./parseDateTime.js";

const parse = (text: string, timeZone = "Europe/Moscow", dateOrder?: DateOrder) =>
  createDateTimeParser({ timeZone, dateOrder })(text);

describe("createDateTimeParser", () => {
  it.each<[string, string, string]>([
    // ISO 8601 with an offset: kept as written when it is already RFC 3339, else normalised.
    ["2026-10-31T22:30:00Z", "UTC", "2026-10-31T22:30:00Z"],
    ["2026-10-31T22:30:00+03:00", "UTC", "2026-10-31T22:30:00+03:00"],
    ["2026-10-31T22:30:00.123-05:30", "UTC", "2026-10-31T22:30:00.123-05:30"],
    ["2026-10-31T22:30:00+00:00", "Europe/Moscow", "2026-10-31T22:30:00+00:00"],
    ["2026-10-31t22:30:00z", "Europe/Moscow", "2026-10-31T22:30:00Z"],
    ["2026-10-31T22:30Z", "Europe/Moscow", "2026-10-31T22:30:00Z"],
    ["2026-10-31 22:30:00+0300", "UTC", "2026-10-31T22:30:00+03:00"],
    ["2026-10-31T22:30:00,5+03", "UTC", "2026-10-31T22:30:00.5+03:00"],
    // ISO 8601 without an offset, and bare dates: in the time zone.
    ["2026-10-31T22:30:00", "Europe/Moscow", "2026-10-31T22:30:00+03:00"],
    ["2026-10-31 22:30", "America/New_York", "2026-10-31T22:30:00-04:00"],
    ["2026-11-02 08:00", "America/New_York", "2026-11-02T08:00:00-05:00"],
    ["2026-10-31", "Asia/Kolkata", "2026-10-31T00:00:00+05:30"],
    [" 2026-10-31 ", "UTC", "2026-10-31T00:00:00Z"],
    // Day-first dotted dates (Russian, German Excel).
    ["31.10.2026 23:45", "Europe/Moscow", "2026-10-31T23:45:00+03:00"],
    ["1.2.2026 7:05:09", "Europe/Berlin", "2026-02-01T07:05:09+01:00"],
    ["01.07.2026", "Europe/Berlin", "2026-07-01T00:00:00+02:00"],
    // Daylight saving time: a skipped time moves forward by the gap; the days around it keep their offsets.
    ["29.03.2026 02:30", "Europe/Berlin", "2026-03-29T03:30:00+02:00"],
    ["29.03.2026 01:59", "Europe/Berlin", "2026-03-29T01:59:00+01:00"],
    ["29.03.2026 03:00", "Europe/Berlin", "2026-03-29T03:00:00+02:00"],
    ["25.10.2026 03:00", "Europe/Berlin", "2026-10-25T03:00:00+01:00"],
    ["29.02.2028", "UTC", "2028-02-29T00:00:00Z"],
  ])("%j in %s → %s", (text, timeZone, expected) => {
    expect(parse(text, timeZone)).toEqual({ value: expected });
  });

  it.each<[string, DateOrder, string]>([
    ["10/13/2026 04:21:36 PM", "MDY", "2026-10-13T16:21:36-04:00"],
    ["10/31/2026 12:05:00 AM", "MDY", "2026-10-31T00:05:00-04:00"],
    ["10/31/2026 12:30:00 PM", "MDY", "2026-10-31T12:30:00-04:00"],
    ["1/2/2026 1:02 am", "MDY", "2026-01-02T01:02:00-05:00"],
    ["1/2/2026 11:59 p.m.", "MDY", "2026-01-02T23:59:00-05:00"],
    ["10/13/2026 16:21", "MDY", "2026-10-13T16:21:00-04:00"],
    ["13/10/2026 16:21", "DMY", "2026-10-13T16:21:00-04:00"],
    ["03/04/2026", "DMY", "2026-04-03T00:00:00-04:00"],
    ["03/04/2026", "MDY", "2026-03-04T00:00:00-05:00"],
  ])("%j as %s", (text, order, expected) => {
    expect(parse(text, "America/New_York", order)).toEqual({ value: expected });
  });

  it.each<[string, DateOrder | undefined, string]>([
    ["2026-02-30T10:00:00Z", undefined, 'not a real date: "2026-02-30T10:00:00Z"'],
    ["2026-13-01", undefined, 'not a real date: "2026-13-01"'],
    ["2026-10-31T24:00:00", undefined, 'not a real date: "2026-10-31T24:00:00"'],
    ["2026-10-31T23:59:60Z", undefined, 'not a real date: "2026-10-31T23:59:60Z"'],
    ["2026-10-31T10:00:00+24:00", undefined, 'not a real date: "2026-10-31T10:00:00+24:00"'],
    ["31.02.2026", undefined, 'not a real date: "31.02.2026"'],
    ["29.02.2026", undefined, 'not a real date: "29.02.2026"'],
    ["13/13/2026", "DMY", 'not a real date: "13/13/2026"'],
    ["10/13/2026 13:00 PM", "MDY", 'not a real time: "10/13/2026 13:00 PM"'],
    ["10/13/2026 0:30 AM", "MDY", 'not a real time: "10/13/2026 0:30 AM"'],
    [
      "03/04/2026",
      undefined,
      'cannot tell day from month in "03/04/2026": set the dateOrder option ("DMY" or "MDY")',
    ],
    [
      "31/10/2026",
      "MDY",
      '"31/10/2026" does not fit the month/day, MM/DD/YYYY order of this file; set the dateOrder option if that order is wrong',
    ],
    [
      "10/31/2026",
      "DMY",
      '"10/31/2026" does not fit the day/month, DD/MM/YYYY order of this file; set the dateOrder option if that order is wrong',
    ],
    [
      "yesterday",
      undefined,
      'not a date: "yesterday" (expected ISO 8601, DD.MM.YYYY, MM/DD/YYYY or DD/MM/YYYY, with an optional time)',
    ],
    [
      "1760000000",
      undefined,
      'not a date: "1760000000" (expected ISO 8601, DD.MM.YYYY, MM/DD/YYYY or DD/MM/YYYY, with an optional time)',
    ],
    [
      "26-10-31",
      undefined,
      'not a date: "26-10-31" (expected ISO 8601, DD.MM.YYYY, MM/DD/YYYY or DD/MM/YYYY, with an optional time)',
    ],
  ])("%j (%s) is an error", (text, order, error) => {
    expect(parse(text, "UTC", order)).toEqual({ error });
  });
});
