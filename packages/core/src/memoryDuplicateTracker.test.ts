import { describe, expect, it } from "vitest";
import { describeSuperseded } from "../test/supersededBy.js";
import { trackedResponse } from "../test/trackedResponse.js";
import { DUPLICATE_POLICIES, type DuplicatePolicy, type Superseded } from "./duplicateTracker.js";
import { memoryDuplicateTracker } from "./memoryDuplicateTracker.js";

// Line 2 and 3 are two ids; then id "a" again: earlier (4), at the same instant as the kept one (5), later (6).
const OFFERS = [
  trackedResponse("a", 5, 2),
  trackedResponse("b", 5, 3),
  trackedResponse("a", 3, 4),
  trackedResponse("a", 5, 5),
  trackedResponse("a", 9, 6),
];

describe("memoryDuplicateTracker", () => {
  it.each<[DuplicatePolicy, (string | undefined)[]]>([
    ["keep-latest", [undefined, undefined, "4 < 2", "2 < 5", "5 < 6"]],
    ["keep-first", [undefined, undefined, "4 < 2", "5 < 2", "6 < 2"]],
    ["keep-all", [undefined, undefined, undefined, undefined, undefined]],
  ])("decides each offer at once under %s", (policy, decisions) => {
    const tracker = memoryDuplicateTracker(policy);
    const answers = OFFERS.map((response) => tracker.offer(response));
    expect(answers.map((answer) => answer && describeSuperseded(answer))).toEqual(decisions);
  });

  it("keeps the latest submittedAt by default", () => {
    const byDefault = memoryDuplicateTracker();
    const latest = memoryDuplicateTracker("keep-latest");
    for (const response of OFFERS) expect(byDefault.offer(response)).toEqual(latest.offer(response));
  });

  it("hands back the very responses offered, so that the pipeline can take them back", () => {
    const tracker = memoryDuplicateTracker();
    const first = trackedResponse("a", 1, 2);
    const second = trackedResponse("a", 2, 3);
    tracker.offer(first);
    const superseded = tracker.offer(second);
    expect(superseded?.response).toBe(first);
    expect(superseded?.by).toBe(second);
  });

  it.each(DUPLICATE_POLICIES)("leaves nothing for finish() under %s", async (policy) => {
    const tracker = memoryDuplicateTracker(policy);
    for (const response of OFFERS) tracker.offer(response);
    const rest: Superseded[] = [];
    for await (const superseded of tracker.finish()) rest.push(superseded);
    expect(rest).toEqual([]);
  });
});
