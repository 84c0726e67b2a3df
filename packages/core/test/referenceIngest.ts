import type { Accounting, SourceAccounting } from "../src/accounting.js";
import type { Aggregation } from "../src/aggregation.js";
import { type AggregateOptions, Aggregator } from "../src/aggregator.js";
import type { DuplicatePolicy } from "../src/duplicateTracker.js";
import {
  INVALID_RECORDS,
  type InputItem,
  type InputSource,
  responseOf,
  SOURCE_REJECT,
} from "./ingestInput.js";

type Valid = Extract<InputItem, { kind: "valid" }>;

/** What ingesting generated sources must give, computed the simplest way there is. */
export interface ReferenceResult {
  readonly aggregation: Aggregation;
  readonly accounting: Omit<Accounting, "rejectedByReason"> & { rejectedByReason: Record<string, number> };
  readonly sources: readonly SourceAccounting[];
}

/**
 * A reference implementation of the ingest pipeline for generated inputs, independent of its trackers:
 * the survivors of each id are picked from the whole list at once —
 * keep-latest: the latest `submittedAt`, ties to the one read last; keep-first: the one read first;
 * keep-all: everyone — and then counted with a fresh `Aggregator`.
 */
export function referenceIngest(
  sources: readonly InputSource[],
  policy: DuplicatePolicy,
  options: AggregateOptions,
): ReferenceResult {
  const valid: { item: Valid; source: string; order: number }[] = [];
  const counters = new Map(sources.map((s) => [s.name, emptyCounter()]));
  for (const source of sources) {
    const counter = counters.get(source.name)!;
    for (const item of source.batches.flat()) {
      counter.read += 1;
      if (item.kind === "valid") valid.push({ item, source: source.name, order: valid.length });
      else {
        const category =
          item.kind === "reject" ? SOURCE_REJECT.category : INVALID_RECORDS[item.invalid].category;
        counter.rejected += 1;
        counter.rejectedByReason[category] = (counter.rejectedByReason[category] ?? 0) + 1;
      }
    }
  }

  const survivors = new Set<(typeof valid)[number]>();
  if (policy === "keep-all") for (const entry of valid) survivors.add(entry);
  else {
    const ids = new Set(valid.map((entry) => entry.item.id));
    for (const id of ids) {
      const group = valid.filter((entry) => entry.item.id === id);
      const ranked =
        policy === "keep-first"
          ? group
          : [...group].sort((a, b) => b.item.millis - a.item.millis || b.order - a.order);
      survivors.add(ranked[0]!);
    }
  }

  const aggregator = new Aggregator(options);
  for (const entry of valid) {
    const counter = counters.get(entry.source)!;
    if (!survivors.has(entry)) counter.duplicates += 1;
    else {
      aggregator.add(responseOf(entry.item));
      if (entry.item.score === null) counter.unanswered += 1;
      else counter.accepted += 1;
    }
  }

  const perSource = [...counters].map(([source, counter]) => ({ source, ...counter }));
  const total = emptyCounter();
  for (const counter of counters.values()) {
    total.read += counter.read;
    total.accepted += counter.accepted;
    total.unanswered += counter.unanswered;
    total.rejected += counter.rejected;
    total.duplicates += counter.duplicates;
    for (const [category, count] of Object.entries(counter.rejectedByReason)) {
      total.rejectedByReason[category] = (total.rejectedByReason[category] ?? 0) + count;
    }
  }
  return { aggregation: aggregator.result(), accounting: total, sources: perSource };
}

function emptyCounter() {
  return {
    read: 0,
    accepted: 0,
    unanswered: 0,
    rejected: 0,
    duplicates: 0,
    rejectedByReason: {} as Record<string, number>,
  };
}
