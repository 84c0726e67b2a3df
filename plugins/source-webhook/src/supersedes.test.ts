import { describe, expect, it } from "vitest";
import { supersedes } from "./supersedes.js";
import type { MappedResponse } from "./webhookMapping.js";

const version = (score: number, updatedAtMs: number): MappedResponse => ({
  response: { id: "5435", score, submittedAt: "2026-11-01T00:00:00Z" },
  updatedAtMs,
});

describe("supersedes", () => {
  it.each<[number, number, boolean]>([
    [1000, 1600, true],
    [1600, 1000, false],
    [1000, 1000, true],
  ])("stored version %i, incoming %i → replace: %s", (stored, incoming, expected) => {
    expect(supersedes(version(9, stored), version(7, incoming))).toBe(expected);
  });

  it("ends with the newest version whatever the arrival order", () => {
    const versions = [version(9, 1000), version(8, 1600), version(6, 2200)];
    for (const order of [
      [0, 1, 2],
      [2, 1, 0],
      [1, 2, 0],
      [2, 0, 1],
    ]) {
      let kept: MappedResponse | undefined;
      for (const index of order) {
        const incoming = versions[index] as MappedResponse;
        if (kept === undefined || supersedes(kept, incoming)) kept = incoming;
      }
      expect(kept?.response.score).toBe(6);
    }
  });
});
