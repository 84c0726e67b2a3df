import { describe, expect, it } from "vitest";
import { thrown } from "../test/thrown.js";
import type { Accounting } from "./accounting.js";
import { reportDataQuality } from "./reportDataQuality.js";

const clean: Accounting = {
  read: 5,
  accepted: 3,
  unanswered: 1,
  rejected: 1,
  duplicates: 0,
  rejectedByReason: { x: 1 },
};

describe("reportDataQuality", () => {
  it("lists reasons in name order and per-source counts without reasons", () => {
    const accounting = {
      ...clean,
      read: 6,
      rejected: 2,
      rejectedByReason: { "not valid JSON": 1, "invalid /score": 1 },
    };
    const quality = reportDataQuality(accounting, [{ ...accounting, source: "npskit:csv" }], null);
    expect(Object.keys(quality.rejectedByReason)).toEqual(["invalid /score", "not valid JSON"]);
    expect(quality.sources).toEqual([
      { source: "npskit:csv", read: 6, accepted: 3, unanswered: 1, rejected: 2, duplicates: 0 },
    ]);
    expect(quality.quarantine).toBeNull();
  });

  it.each<[string, Partial<Accounting>]>([
    ["one read too many", { read: 6 }],
    ["a duplicate read nowhere", { duplicates: 1 }],
    ["an accepted record read nowhere", { accepted: 4 }],
  ])("refuses an accounting that loses records: %s", (_, change) => {
    const error = thrown(() => reportDataQuality({ ...clean, ...change }, [], null));
    expect(error).toMatchObject({ code: "NPSKIT_E_INVALID_ARGUMENT" });
    expect((error as Error).message).toMatch(
      /^the accounting of the total loses records: read \d+ ≠ accepted/,
    );
  });

  it("checks every source too", () => {
    expect(
      thrown(() =>
        reportDataQuality(clean, [{ ...clean, source: "npskit:ndjson", unanswered: 0 }], "q.ndjson"),
      ),
    ).toMatchObject({
      message:
        "the accounting of source npskit:ndjson loses records: read 5 ≠ accepted 3 + unanswered 0 + rejected 1 + duplicates 0",
    });
  });
});
