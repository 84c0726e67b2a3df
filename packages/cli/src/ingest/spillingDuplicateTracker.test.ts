import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type DuplicatePolicy,
  type DuplicateTracker,
  memoryDuplicateTracker,
  type Superseded,
  type TrackedResponse,
} from "@npskit/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { spillingDuplicateTracker } from "./spillingDuplicateTracker.js";

/** Every superseded response a tracker reports, from `offer` and `finish`, as "id@line" strings. */
async function losers(tracker: DuplicateTracker, responses: readonly TrackedResponse[]): Promise<string[]> {
  const found: Superseded[] = [];
  for (const response of responses) {
    const superseded = tracker.offer(response);
    if (superseded !== undefined) found.push(superseded);
  }
  for await (const superseded of tracker.finish()) found.push(superseded);
  return found.map(({ response }) => `${response.id}@${response.location.line}`).sort();
}

const responsesArbitrary = fc
  .array(
    fc.record({
      id: fc.constantFrom("a", "b", "c", "d", "e", "é", "line\nbreak", "x".repeat(40)),
      millis: fc.integer({ min: 0, max: 5 }), // few distinct instants, so ties happen
      score: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
    }),
    { maxLength: 60 },
  )
  .map((rows) =>
    rows.map(
      (row, index): TrackedResponse => ({
        ...row,
        segments: { region: `r${index % 3}` },
        source: "test:source",
        location: { file: "data.csv", line: index + 2 },
      }),
    ),
  );

describe("spillingDuplicateTracker", () => {
  it.each<DuplicatePolicy>(["keep-latest", "keep-first", "keep-all"])(
    "finds exactly the duplicates the in-memory tracker finds (%s), whenever it spills",
    async (policy) => {
      await fc.assert(
        fc.asyncProperty(
          responsesArbitrary,
          fc.integer({ min: 0, max: 8 }),
          fc.integer({ min: 1, max: 4 }),
          async (responses, memoryLimit, buckets) => {
            const expected = await losers(memoryDuplicateTracker(policy), responses);
            const actual = await losers(
              spillingDuplicateTracker(policy, { memoryLimit, buckets }),
              responses,
            );
            expect(actual).toEqual(expected);
          },
        ),
        { numRuns: 150 },
      );
    },
  );

  it("keeps the latest answer on disk as in memory, and removes its files at the end", async () => {
    const directory = await mkdtemp(join(tmpdir(), "npskit-spill-test-"));
    const tracker = spillingDuplicateTracker("keep-latest", { memoryLimit: 1, directory });
    const at = (id: string, millis: number, line: number): TrackedResponse => ({
      id,
      millis,
      score: 9,
      segments: undefined,
      source: "test:source",
      location: { line },
    });
    const result = await losers(tracker, [at("1", 10, 2), at("2", 10, 3), at("1", 20, 4), at("1", 15, 5)]);
    expect(result).toEqual(["1@2", "1@5"]);
    expect(await readdir(directory)).toEqual([]);
  });

  it("cleans up when disposed before finishing", async () => {
    const directory = await mkdtemp(join(tmpdir(), "npskit-spill-test-"));
    const tracker = spillingDuplicateTracker("keep-latest", { memoryLimit: 0, directory });
    tracker.offer({
      id: "1",
      millis: 1,
      score: 1,
      segments: undefined,
      source: "t:s",
      location: { line: 2 },
    });
    expect(await readdir(directory)).toHaveLength(1);
    tracker.dispose?.();
    tracker.dispose?.();
    expect(await readdir(directory)).toEqual([]);
  });
});
