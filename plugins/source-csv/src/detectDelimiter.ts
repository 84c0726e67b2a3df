import { CsvScanner } from "./csvScanner.js";

/** Delimiters tried by {@link detectDelimiter}, in order of preference for a tie. */
export const DELIMITER_CANDIDATES: readonly string[] = [",", ";", "\t", "|"];

/** How well a delimiter splits a sample into records of equal width. */
export interface DelimiterFit {
  readonly delimiter: string;
  /** The most common number of fields per record. */
  readonly fields: number;
  /** Share of the sampled records (malformed ones included) that have exactly `fields` fields, 0 to 1. */
  readonly consistency: number;
}

/**
 * Finds the delimiter of a CSV sample: each candidate splits the sample's records with real RFC 4180 parsing
 * (so delimiters inside quoted fields do not count), and the one giving the most consistent number of
 * fields above one wins; ties go to more fields, then to the order of {@link DELIMITER_CANDIDATES}. A
 * decimal comma (`8,5`) in a `;` file cannot win for `,`: the header has none, so `,` splits it differently
 * from the data. Only complete records are used unless `complete` says the sample is the whole file.
 * Returns `undefined` when no candidate gives more than one field (a one-column file, or an unusual
 * delimiter): the caller then asks for the `delimiter` option.
 *
 * @example
 * detectDelimiter("id;score;price\n1;9;8,5\n2;7;10\n", true)  // { delimiter: ";", fields: 3, consistency: 1 }
 * detectDelimiter('id,comment\n1,"a; b; c"\n', true)          // { delimiter: ",", fields: 2, consistency: 1 }
 */
export function detectDelimiter(sample: string, complete: boolean): DelimiterFit | undefined {
  let best: DelimiterFit | undefined;
  for (const delimiter of DELIMITER_CANDIDATES) {
    const fit = measure(sample, delimiter, complete);
    if (fit.fields < 2) continue;
    if (
      best === undefined ||
      fit.consistency > best.consistency ||
      (fit.consistency === best.consistency && fit.fields > best.fields)
    ) {
      best = fit;
    }
  }
  return best;
}

/** Whether the sample holds at least one record (so that finding no delimiter is an error, not an empty file). */
export function hasRecords(sample: string): boolean {
  return /[^\r\n]/.test(sample);
}

function measure(sample: string, delimiter: string, complete: boolean): DelimiterFit {
  let malformed = 0;
  const scanner = new CsvScanner({
    delimiter,
    maxRecordBytes: sample.length + 1,
    onMalformed: () => {
      malformed += 1;
    },
  });
  let rows = scanner.feed(sample);
  // A sample cut inside its first record still says something: use it whole.
  if (complete || rows.length === 0) rows = rows.concat(scanner.finish());
  const tally = new Map<number, number>();
  for (const row of rows) tally.set(row.fields.length, (tally.get(row.fields.length) ?? 0) + 1);
  let fields = 0;
  let count = 0;
  for (const [width, n] of tally) {
    if (n > count || (n === count && width > fields)) [fields, count] = [width, n];
  }
  const total = rows.length + malformed;
  return { delimiter, fields, consistency: total === 0 ? 0 : count / total };
}
