/**
 * What happened to every record a source produced. The invariant, checked by the tests of every source:
 * read = accepted + unanswered + rejected + duplicates — nothing is lost silently.
 */
export interface Accounting {
  /** Records the sources produced, including those they rejected themselves. */
  readonly read: number;
  /** Valid responses with a score, kept: the NPS denominator. */
  readonly accepted: number;
  /** Valid responses without a score, kept: shown, never in the denominator. */
  readonly unanswered: number;
  /** Records that could not be read or failed validation; each went to the quarantine with its reason. */
  readonly rejected: number;
  /** Valid responses superseded by another response with the same id (see the duplicate policy). */
  readonly duplicates: number;
  /** Rejected records by reason category, e.g. `{ "invalid /score": 2, "malformed CSV": 1 }`, sorted by name. */
  readonly rejectedByReason: Readonly<Record<string, number>>;
}

/** The accounting of one source, under its plugin name. */
export interface SourceAccounting extends Accounting {
  readonly source: string;
}

/** A mutable accounting while a source is read. */
export interface AccountingCounter {
  read: number;
  accepted: number;
  unanswered: number;
  rejected: number;
  duplicates: number;
  rejectedByReason: Record<string, number>;
}

/** A counter at zero. */
export function emptyAccounting(): AccountingCounter {
  return { read: 0, accepted: 0, unanswered: 0, rejected: 0, duplicates: 0, rejectedByReason: {} };
}

/** Adds counters into a new, read-only accounting with its reasons sorted (so output is deterministic). */
export function sumAccounting(counters: readonly Accounting[]): Accounting {
  const total = emptyAccounting();
  for (const counter of counters) {
    total.read += counter.read;
    total.accepted += counter.accepted;
    total.unanswered += counter.unanswered;
    total.rejected += counter.rejected;
    total.duplicates += counter.duplicates;
    for (const [reason, count] of Object.entries(counter.rejectedByReason)) {
      total.rejectedByReason[reason] = (total.rejectedByReason[reason] ?? 0) + count;
    }
  }
  const reasons = Object.keys(total.rejectedByReason).sort();
  return {
    ...total,
    rejectedByReason: Object.fromEntries(reasons.map((r) => [r, total.rejectedByReason[r]!])),
  };
}
