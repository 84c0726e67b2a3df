import type { Accounting } from "../src/accounting.js";
import type { Aggregation } from "../src/aggregation.js";

/**
 * The accounting of an aggregation whose every response was kept (nothing rejected, no duplicates), read off
 * its overall cells: what `ingest` reports for clean input. For tests that build aggregations by hand.
 */
export function accountingOf(aggregation: Aggregation): Accounting {
  let accepted = 0;
  let unanswered = 0;
  for (const cell of aggregation.cells) {
    if (cell.breakdown.length > 0) continue;
    accepted += cell.histogram.counts.reduce((sum, count) => sum + count, 0);
    unanswered += cell.histogram.unanswered;
  }
  return {
    read: accepted + unanswered,
    accepted,
    unanswered,
    rejected: 0,
    duplicates: 0,
    rejectedByReason: {},
  };
}
