import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deferringDuplicateTracker } from "../test/deferringDuplicateTracker.js";
import { supersededBy } from "../test/supersededBy.js";
import { trackedResponse } from "../test/trackedResponse.js";
import {
  DUPLICATE_POLICIES,
  type DuplicatePolicy,
  replaces,
  type TrackedResponse,
} from "./duplicateTracker.js";
import { memoryDuplicateTracker } from "./memoryDuplicateTracker.js";

describe("DUPLICATE_POLICIES", () => {
  it("lists every policy, the default first", () => {
    expect(DUPLICATE_POLICIES).toEqual(["keep-latest", "keep-first", "keep-all"]);
  });
});

describe("replaces", () => {
  it.each<[DuplicatePolicy, number, number, boolean]>([
    // policy, day of the kept response, day of the one read later, whether the later one wins
    ["keep-latest", 5, 9, true],
    ["keep-latest", 5, 5, true], // a tie goes to the response read last
    ["keep-latest", 5, 3, false],
    ["keep-first", 5, 9, false],
    ["keep-first", 5, 5, false],
    ["keep-first", 5, 3, false],
    ["keep-all", 5, 9, false],
  ])(
    "under %s, a response of day %i gives way to one of day %i: %s",
    (policy, keptDay, laterDay, expected) => {
      expect(replaces(policy, trackedResponse("a", keptDay, 2), trackedResponse("a", laterDay, 3))).toBe(
        expected,
      );
    },
  );
});

/** The lines of the responses that must lose, picked from the whole list at once. */
function losers(responses: readonly TrackedResponse[], policy: DuplicatePolicy): number[] {
  if (policy === "keep-all") return [];
  const winners = new Set<TrackedResponse>();
  for (const id of new Set(responses.map((r) => r.id))) {
    const group = responses.filter((r) => r.id === id);
    // keep-latest: the latest instant, then the one read last; keep-first: the one read first.
    winners.add(
      policy === "keep-first" ? group[0]! : group.reduceRight((a, b) => (b.millis > a.millis ? b : a)),
    );
  }
  return responses.filter((r) => !winners.has(r)).map((r) => r.location.line!);
}

describe("DuplicateTracker", () => {
  const offers = fc
    .array(fc.record({ id: fc.constantFrom("a", "b", "c"), day: fc.integer({ min: 1, max: 4 }) }), {
      maxLength: 30,
    })
    .map((list) => list.map(({ id, day }, i) => trackedResponse(id, day, i + 2)));

  it("gives way the same responses whether it decides at once or at finish()", async () => {
    await fc.assert(
      fc.asyncProperty(offers, fc.constantFrom(...DUPLICATE_POLICIES), async (responses, policy) => {
        const expected = losers(responses, policy).sort((a, b) => a - b);
        for (const tracker of [memoryDuplicateTracker(policy), deferringDuplicateTracker(policy)]) {
          const superseded = await supersededBy(tracker, responses);
          const lines = superseded.map((s) => s.response.location.line!).sort((a, b) => a - b);
          expect(lines).toEqual(expected);
          for (const { response, by } of superseded) {
            expect(by.id).toBe(response.id);
            expect(by).not.toBe(response);
          }
        }
      }),
    );
  });
});
