import type { Accounting, SourceAccounting } from "./accounting.js";
import { InvalidArgumentError } from "./errors.js";
import type { ReportDataQuality } from "./reportModel.js";

/**
 * The data-quality section of a ReportModel: what happened to every input record, in total and per source,
 * and where the rejected ones went. The invariant read = accepted + unanswered + rejected + duplicates is
 * checked for the total and for each source — a report must not show numbers that lose records — and
 * rejection reasons are listed in name order, so the JSON is the same however the counts were summed.
 *
 * @example
 * reportDataQuality(ingested.accounting, ingested.sources, "responses.ndjson.quarantine.ndjson")
 * // { read: 2582, accepted: 2481, unanswered: 97, rejected: 4, duplicates: 0, rejectedByReason: { … }, sources: [ … ], quarantine: "…" }
 */
export function reportDataQuality(
  accounting: Accounting,
  sources: readonly SourceAccounting[],
  quarantine: string | null,
): ReportDataQuality {
  for (const counts of [accounting, ...sources]) {
    const { read, accepted, unanswered, rejected, duplicates } = counts;
    if (read !== accepted + unanswered + rejected + duplicates) {
      const name = "source" in counts ? `source ${counts.source}` : "the total";
      throw new InvalidArgumentError(
        `the accounting of ${name} loses records: read ${read} ≠ accepted ${accepted} + unanswered ${unanswered} + rejected ${rejected} + duplicates ${duplicates}`,
      );
    }
  }
  const reasons = Object.keys(accounting.rejectedByReason).sort();
  return {
    read: accounting.read,
    accepted: accounting.accepted,
    unanswered: accounting.unanswered,
    rejected: accounting.rejected,
    duplicates: accounting.duplicates,
    rejectedByReason: Object.fromEntries(
      reasons.map((reason) => [reason, accounting.rejectedByReason[reason]!]),
    ),
    // The schema's per-source entries have no reasons: the total lists them.
    sources: sources.map(({ source, read, accepted, unanswered, rejected, duplicates }) => ({
      source,
      read,
      accepted,
      unanswered,
      rejected,
      duplicates,
    })),
    quarantine,
  };
}
