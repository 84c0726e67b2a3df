import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isDateTime } from "./dateTimeFormat.js";

describe("isDateTime", () => {
  it.each([
    ["2026-10-31T22:30:00Z"],
    ["2026-10-31t22:30:00z"],
    ["2026-10-31T22:30:00.1Z"],
    ["2026-10-31T22:30:00.123+03:00"],
    ["2026-10-31T22:30:00.123456789-09:30"],
    ["2026-10-31T22:30:00+05:45"],
    ["2026-01-01T00:00:00-00:00"],
    ["2024-02-29T12:00:00Z"],
    ["2000-02-29T12:00:00Z"],
    ["2026-12-31T23:59:59+23:59"],
    ["0001-01-01T00:00:00Z"],
  ])("accepts %s", (value) => {
    expect(isDateTime(value)).toBe(true);
  });

  it.each([
    ["2026-10-31T22:30:00", "no offset: the instant depends on where it is read"],
    ["2026-10-31 22:30:00Z", "a space instead of T"],
    ["2026-10-31T22:30Z", "no seconds"],
    ["2026-10-31", "a date only"],
    ["2026-02-30T09:00:00Z", "30 February"],
    ["2026-02-29T09:00:00Z", "29 February in a common year"],
    ["1900-02-29T09:00:00Z", "29 February in a century that is not a leap year"],
    ["2026-04-31T09:00:00Z", "31 April"],
    ["2026-13-01T09:00:00Z", "month 13"],
    ["2026-00-01T09:00:00Z", "month 0"],
    ["2026-10-00T09:00:00Z", "day 0"],
    ["2026-10-31T24:00:00Z", "hour 24"],
    ["2026-10-31T23:60:00Z", "minute 60"],
    ["2026-12-31T23:59:60Z", "a leap second"],
    ["2026-10-31T22:30:00+24:00", "offset hour 24"],
    ["2026-10-31T22:30:00+03:60", "offset minute 60"],
    ["2026-10-31T22:30:00+0300", "an offset without a colon"],
    ["2026-10-31T22:30:00.Z", "a dot without digits"],
    ["2026-10-31T22:30:00.1234567890Z", "more than nine fraction digits"],
    ["+02026-10-31T22:30:00Z", "an expanded year"],
    [" 2026-10-31T22:30:00Z", "a leading space"],
    ["2026-10-31T22:30:00Z\n", "a trailing newline"],
    ["", "nothing"],
  ])("rejects %j (%s)", (value) => {
    expect(isDateTime(value)).toBe(false);
  });
});

describe("isDateTime against a regular-expression reference", () => {
  // The previous, obviously-correct implementation: a regex for the shape, arithmetic for the calendar.
  const SHAPE =
    /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:[Zz]|[+-](\d{2}):(\d{2}))$/;
  const reference = (value: string): boolean => {
    const match = SHAPE.exec(value);
    if (match === null) return false;
    const [, y, mo, d, h, mi, s, oh, om] = match.map(Number) as number[];
    const leap = (y! % 4 === 0 && y! % 100 !== 0) || y! % 400 === 0;
    const days = mo === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(mo!) ? 30 : 31;
    return (
      mo! >= 1 &&
      mo! <= 12 &&
      d! >= 1 &&
      d! <= days &&
      h! <= 23 &&
      mi! <= 59 &&
      s! <= 59 &&
      (Number.isNaN(oh) || (oh! <= 23 && om! <= 59))
    );
  };
  // Strings built from date-time pieces, so that most are near misses rather than noise.
  const piece = fc.constantFrom(
    "2026",
    "2024",
    "1900",
    "2000",
    "-",
    "02",
    "29",
    "30",
    "31",
    "13",
    "00",
    "T",
    "t",
    " ",
    ":",
    "23",
    "24",
    "59",
    "60",
    ".",
    "123",
    "1234567890",
    "Z",
    "z",
    "+",
    "03:00",
    "-05:30",
    "24:00",
    "x",
    "",
  );
  it("agrees on random near-miss strings", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const value = pieces.join("");
        expect(isDateTime(value)).toBe(reference(value));
      }),
      { numRuns: 20_000 },
    );
  });
  it.each([
    "2026-02-29T00:00:00Z",
    "2024-02-29T23:59:59.123456789+14:00",
    "2026-10-31T22:30:00z",
    "2026-10-31t22:30:00-05:30",
  ])("agrees on %s", (value) => expect(isDateTime(value)).toBe(reference(value)));
});
