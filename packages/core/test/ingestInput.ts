import fc from "fast-check";
import { recordAt, rejectAt, type SourceItem } from "./arraySource.js";

/** The kinds of invalid record the generated inputs contain, each with the category it is counted under. */
export const INVALID_RECORDS = {
  "score 11": {
    response: { id: "x", score: 11, submittedAt: "2026-10-01T09:00:00Z" },
    category: "invalid /score",
  },
  "score as text": {
    response: { id: "x", score: "9", submittedAt: "2026-10-01T09:00:00Z" },
    category: "invalid /score",
  },
  "no id": { response: { score: 9, submittedAt: "2026-10-01T09:00:00Z" }, category: "invalid /id" },
  "date without offset": {
    response: { id: "x", score: 9, submittedAt: "31.10.2026 10:00" },
    category: "invalid /submittedAt",
  },
  "unknown key": {
    response: { id: "x", score: 9, submittedAt: "2026-10-01T09:00:00Z", scroe: 9 },
    category: "invalid /scroe",
  },
  "not an object": { response: "9;2026-10-01", category: "invalid record" },
} as const satisfies Record<string, { response: unknown; category: string }>;

export type InvalidKind = keyof typeof INVALID_RECORDS;

/** The reason of every source-level rejection in generated inputs, and its category. */
export const SOURCE_REJECT = {
  reason: "malformed CSV: unterminated quote",
  category: "malformed CSV",
} as const;

/** One generated input record, described by what it is rather than by its bytes. */
export type InputItem =
  | {
      readonly kind: "valid";
      readonly id: string;
      readonly millis: number;
      readonly score: number | null;
      readonly region: string;
    }
  | { readonly kind: "invalid"; readonly invalid: InvalidKind }
  | { readonly kind: "reject" };

/** A generated source: its plugin name and its batches. */
export interface InputSource {
  readonly name: string;
  readonly batches: readonly (readonly InputItem[])[];
}

// Instants around month ends in Moscow (UTC+3), drawn often so that ids tie on submittedAt.
const INSTANTS = [
  "2026-09-15T10:00:00Z",
  "2026-10-31T20:59:59.999Z",
  "2026-10-31T21:00:00Z",
  "2026-11-30T22:00:00Z",
].map(Date.parse);

const itemArbitrary: fc.Arbitrary<InputItem> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant("valid" as const),
      id: fc.constantFrom("a", "b", "c", "d", "e", "f"),
      millis: fc.oneof(
        fc.constantFrom(...INSTANTS),
        fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 0, 1) - 1 }),
      ),
      score: fc.option(fc.integer({ min: 0, max: 10 }), { freq: 4 }),
      region: fc.constantFrom("Europe", "APAC", "Сибирь"),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("invalid" as const),
      invalid: fc.constantFrom(...(Object.keys(INVALID_RECORDS) as InvalidKind[])),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: "reject" as const }) },
);

/** 1–3 sources named "test:s1"…, each with up to 4 batches of up to 6 records. */
export const inputSourcesArbitrary: fc.Arbitrary<InputSource[]> = fc
  .array(fc.array(fc.array(itemArbitrary, { maxLength: 6 }), { maxLength: 4 }), {
    minLength: 1,
    maxLength: 3,
  })
  .map((sources) => sources.map((batches, index) => ({ name: `test:s${index + 1}`, batches })));

/** The response a valid item stands for. */
export function responseOf(item: Extract<InputItem, { kind: "valid" }>) {
  return {
    id: item.id,
    score: item.score,
    submittedAt: new Date(item.millis).toISOString(),
    segments: { region: item.region },
  };
}

/** The batches of an input source as a source yields them; records are numbered as lines from 2. */
export function sourceItemsOf(source: InputSource): SourceItem[][] {
  let line = 1;
  const file = `${source.name.slice("test:".length)}.csv`;
  return source.batches.map((batch) =>
    batch.map((item): SourceItem => {
      line += 1;
      if (item.kind === "reject") return rejectAt(line, SOURCE_REJECT.reason, `"broken,line ${line}`, file);
      if (item.kind === "invalid")
        return recordAt(line, INVALID_RECORDS[item.invalid].response, undefined, file);
      return recordAt(line, responseOf(item), undefined, file);
    }),
  );
}
