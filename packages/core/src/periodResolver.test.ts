import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PeriodGrain } from "./period.js";
import { PERIOD_GRAINS } from "./period.js";
import { periodOf } from "./periodOf.js";
import { createPeriodResolver } from "./periodResolver.js";

const ZONES = ["UTC", "Europe/Moscow", "America/New_York", "Australia/Lord_Howe", "Asia/Kathmandu"];
const FROM = Date.UTC(1990, 0, 1);
const TO = Date.UTC(2041, 0, 1) - 1;

const instant = fc.integer({ min: FROM, max: TO });
const grain = fc.constantFrom<PeriodGrain>(...PERIOD_GRAINS);
const zone = fc.constantFrom(...ZONES);

describe("createPeriodResolver", () => {
  it("agrees with periodOf for any instant, grain and zone", () => {
    fc.assert(
      fc.property(instant, grain, zone, (millis, g, z) => {
        expect(createPeriodResolver(g, z)(millis)).toEqual(periodOf(millis, g, z));
      }),
      { numRuns: 300 },
    );
  });

  it("agrees with periodOf when one resolver is queried in any order", () => {
    // Instants clustered around a few centres hit the cache, the binary search and new periods alike.
    const centre = fc.integer({ min: FROM + 40 * 86_400_000, max: TO - 40 * 86_400_000 });
    const near = (c: number) => fc.integer({ min: c - 40 * 86_400_000, max: c + 40 * 86_400_000 });
    const instants = fc
      .array(centre, { minLength: 1, maxLength: 4 })
      .chain((centres) =>
        fc.array(fc.oneof(instant, ...centres.map(near)), { minLength: 1, maxLength: 120 }),
      );
    fc.assert(
      fc.property(instants, grain, zone, (list, g, z) => {
        const periodAt = createPeriodResolver(g, z);
        for (const millis of list) expect(periodAt(millis)).toEqual(periodOf(millis, g, z));
        // Asked again, in reverse, from the filled cache.
        for (const millis of [...list].reverse()) expect(periodAt(millis)).toEqual(periodOf(millis, g, z));
      }),
      { numRuns: 150 },
    );
  });

  it("agrees at period boundaries, a millisecond either side, queried out of order", () => {
    fc.assert(
      fc.property(fc.array(instant, { minLength: 1, maxLength: 20 }), grain, zone, (list, g, z) => {
        const boundaries = list.flatMap((millis) => {
          const start = Date.parse(periodOf(millis, g, z).start);
          return [start - 1, start, start + 1];
        });
        const periodAt = createPeriodResolver(g, z);
        for (const millis of boundaries) expect(periodAt(millis)).toEqual(periodOf(millis, g, z));
      }),
      { numRuns: 100 },
    );
  });

  it("resolves the documented example", () => {
    const periodAt = createPeriodResolver("month", "Europe/Moscow");
    expect(periodAt(Date.parse("2026-10-31T22:30:00Z")).key).toBe("2026-11");
    expect(periodAt(Date.parse("2026-10-31T20:59:59.999Z")).key).toBe("2026-10");
    expect(periodAt(Date.parse("2026-10-31T21:00:00Z")).key).toBe("2026-11");
  });

  it("returns the same period object for instants in one period", () => {
    const periodAt = createPeriodResolver("week", "America/New_York");
    const first = periodAt(Date.parse("2026-03-02T05:00:00Z"));
    periodAt(Date.parse("2026-06-01T12:00:00Z"));
    expect(periodAt(Date.parse("2026-03-09T03:59:59.999Z"))).toBe(first);
    expect(periodAt(Date.parse("2026-03-09T04:00:00Z")).key).toBe("2026-W11");
  });

  it("checks the grain and the zone when created", () => {
    expect(() => createPeriodResolver("day" as PeriodGrain, "UTC")).toThrow(
      expect.objectContaining({ code: "NPSKIT_E_PERIOD" }),
    );
    expect(() => createPeriodResolver("month", "Mars/Olympus")).toThrow(
      expect.objectContaining({ code: "NPSKIT_E_TIME_ZONE" }),
    );
  });
});
