import {
  type DuplicatePolicy,
  type DuplicateTracker,
  replaces,
  type Superseded,
  type TrackedResponse,
} from "../src/duplicateTracker.js";

/** A tracker that also says how often it was disposed. */
export interface CountingTracker extends DuplicateTracker {
  readonly disposed: number;
}

/**
 * A duplicate tracker that decides nothing until `finish()`, the way a tracker that spills ids to disk and
 * sorts them does: it groups the offered responses by id, picks each group's winner with `replaces`, and
 * yields every other member as superseded by that final winner.
 */
export function deferringDuplicateTracker(policy: DuplicatePolicy = "keep-latest"): CountingTracker {
  const byId = new Map<string, TrackedResponse[]>();
  let disposed = 0;
  return {
    offer(response) {
      if (policy === "keep-all") return undefined;
      const group = byId.get(response.id);
      if (group === undefined) byId.set(response.id, [response]);
      else group.push(response);
      return undefined;
    },
    async *finish(): AsyncGenerator<Superseded> {
      for (const group of byId.values()) {
        let winner = group[0]!;
        for (const candidate of group.slice(1)) if (replaces(policy, winner, candidate)) winner = candidate;
        for (const response of group) if (response !== winner) yield { response, by: winner };
      }
      byId.clear();
    },
    dispose() {
      disposed += 1;
    },
    get disposed() {
      return disposed;
    },
  };
}
