import { describe, expect, it } from "vitest";
import { thrown } from "../test/thrown.js";
import { TimeZoneError } from "./errors.js";
import { resolveTimeZone } from "./timeZone.js";

describe("resolveTimeZone", () => {
  it.each([
    ["Europe/Moscow", "Europe/Moscow"],
    ["America/New_York", "America/New_York"],
    ["UTC", "UTC"],
    ["Asia/Kathmandu", "Asia/Kathmandu"],
    ["Australia/Lord_Howe", "Australia/Lord_Howe"],
    // Only the capitals are fixed.
    ["america/new_york", "America/New_York"],
    ["EUROPE/BERLIN", "Europe/Berlin"],
    ["utc", "UTC"],
    // Aliases stay as written: a report shows the zone the user chose.
    ["Asia/Calcutta", "Asia/Calcutta"],
    ["US/Eastern", "US/Eastern"],
    ["Etc/GMT-3", "Etc/GMT-3"],
  ])("accepts %j as %j", (name, expected) => {
    expect(resolveTimeZone(name)).toBe(expected);
  });

  it("suggests the closest zone for a near miss", () => {
    const error = thrown(() => resolveTimeZone("Europe/Moskow"));
    expect(error).toBeInstanceOf(TimeZoneError);
    expect(error).toMatchObject({ code: "NPSKIT_E_TIME_ZONE" });
    expect((error as TimeZoneError).message).toMatchInlineSnapshot(
      `""Europe/Moskow" is not an IANA time zone name (did you mean "Europe/Moscow"?)"`,
    );
  });

  it("suggests with a swapped pair of letters", () => {
    expect(() => resolveTimeZone("America/New_Yrok")).toThrow('(did you mean "America/New_York"?)');
  });

  it("gives examples when nothing is close", () => {
    const error = thrown(() => resolveTimeZone("Mars/Olympus_Mons"));
    expect(error).toMatchObject({ code: "NPSKIT_E_TIME_ZONE" });
    expect((error as Error).message).toMatchInlineSnapshot(
      `""Mars/Olympus_Mons" is not an IANA time zone name, such as "Europe/Moscow" or "America/New_York""`,
    );
  });

  it.each([[""], ["+03:00"], ["Europe/"], [42 as unknown as string], [null as unknown as string]])(
    "rejects %j with NPSKIT_E_TIME_ZONE",
    (name) => {
      expect(thrown(() => resolveTimeZone(name))).toMatchObject({
        name: "TimeZoneError",
        code: "NPSKIT_E_TIME_ZONE",
      });
    },
  );
});
