import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isoInstantAt } from "./isoInstant.js";

const at = (text: string) => isoInstantAt(Buffer.from(`,${text},`), 1, 1 + Buffer.byteLength(text));

describe("isoInstantAt", () => {
  it("reads UTC and offset timestamps as Date.parse does", () => {
    expect(at("2026-10-31T22:30:00Z")).toBe(Date.parse("2026-10-31T22:30:00Z"));
    expect(at("2024-02-29T23:59:59+05:45")).toBe(Date.parse("2024-02-29T23:59:59+05:45"));
    expect(at("1900-03-01T00:00:00-12:00")).toBe(Date.parse("1900-03-01T00:00:00-12:00"));
  });

  it("equals Date.parse on every instant of 1900–2999, in any offset", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1900, 0, 2), max: Date.UTC(2999, 11, 30) }),
        fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 }),
        (millis, offset) => {
          const utc = new Date(Math.floor(millis / 1000) * 1000).toISOString().replace(".000Z", "Z");
          expect(at(utc)).toBe(Date.parse(utc));
          const local = new Date(Math.floor(millis / 1000) * 1000 + offset * 60_000)
            .toISOString()
            .slice(0, 19);
          const sign = offset < 0 ? "-" : "+";
          const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, "0");
          const minutes = String(Math.abs(offset) % 60).padStart(2, "0");
          const text = `${local}${sign}${hours}:${minutes}`;
          expect(at(text)).toBe(Date.parse(text));
        },
      ),
    );
  });

  it.each([
    "2026-02-29T10:00:00Z", // not a leap year
    "2026-04-31T10:00:00Z",
    "2026-13-01T10:00:00Z",
    "2026-10-01T24:00:00Z",
    "2026-10-01T23:60:00Z",
    "2026-10-01T23:59:60Z", // a leap second: for the full parser to judge
    "2026-10-01t23:59:00z",
    "2026-10-01 23:59:00Z",
    "2026-10-01T23:59:00.5Z",
    "2026-10-01T23:59:00",
    "2026-10-01T23:59:00+24:00",
    "2026-10-01T23:59:00+0300",
    "1899-12-31T23:59:59Z",
    "3000-01-01T00:00:00Z",
    "２026-10-01T23:59:00Z",
    "",
  ])("leaves %j to the full date parser", (text) => {
    expect(at(text)).toBeNaN();
  });
});
