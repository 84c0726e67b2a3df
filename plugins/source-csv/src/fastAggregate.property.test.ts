// The differential test of the fast path: on random files — RFC 4180 quoting, quoted newlines, CRLF, blank
// lines, rows of the wrong width, bad scores and dates, local and offset times, Cyrillic and padded segment
// values — counting through `aggregate` must give exactly what reading row by row gives: the histograms, the
// accounting, and every rejection with its reason, location and raw record. Small chunks and read windows put
// chunk starts inside quoted fields and records across reads.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type AggregateQuery,
  type Breakdown,
  ingest,
  type PeriodGrain,
  type Rejection,
  type SourceContext,
  type SourcePlugin,
} from "@npskit/core";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveCsvOptions } from "./csvOptions.js";
import { csv } from "./csvSource.js";
import { aggregateCsvFast } from "./fastAggregate.js";
import type { ColumnOptions } from "./headerMapping.js";

/** Files per property; NPSKIT_PROPERTY_RUNS=2000 for a long hunt. */
const RUNS = Number(process.env.NPSKIT_PROPERTY_RUNS ?? 50);
/** Each file is read twice, some with a worker thread (through tsx here): minutes on a loaded CI machine. */
const PROPERTY_TIMEOUT = 300_000;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "npskit-fast-csv-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const REGIONS = [
  "APAC",
  "Europe",
  "Северо-Запад",
  "",
  "A, B",
  'Say "hi"',
  " padded ",
  "\u00a0nbsp",
  "🌍 Earth",
];
const PLANS = ["free", "pro", "", "enterprise"];
const COMMENT_PARTS = [
  "great",
  "slow, buggy",
  'the "new" UI',
  "line\nbreak",
  "crlf\r\nbreak",
  "Хорошо",
  "😀",
  "",
];
const ZONES = ["UTC", "Europe/Berlin", "America/New_York", "Asia/Kathmandu"];
// Around the 2026 DST changes of Berlin (29 March, 25 October) and New York (8 March, 1 November).
const INSTANTS = [
  Date.UTC(2026, 2, 29, 0, 30),
  Date.UTC(2026, 2, 31, 22, 30),
  Date.UTC(2026, 9, 25, 0, 59, 59),
  Date.UTC(2026, 9, 31, 23, 30),
  Date.UTC(2026, 10, 1, 5, 59),
  Date.UTC(2025, 11, 31, 23, 59, 59),
];

const instant = fc.oneof(
  fc.constantFrom(...INSTANTS),
  fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 0, 1) }),
);
const iso = (millis: number) => new Date(millis).toISOString().replace(/\.\d{3}Z$/, "Z");

/** A date cell: usually the machine-written form, sometimes every other form the reader knows or refuses. */
const dateCell = (regular: boolean) =>
  regular
    ? fc.oneof(
        { weight: 8, arbitrary: instant.map(iso) },
        { weight: 1, arbitrary: instant.map((t) => iso(t).replace("Z", "+05:45")) },
        { weight: 1, arbitrary: instant.map((t) => iso(t).slice(0, 16).replace("T", " ")) },
        // Month-first slash dates, each one unambiguous (a day over 12): the order is found from the rows.
        { weight: 1, arbitrary: fc.constantFrom("10/31/2026 10:30 PM", "03/29/2026 01:30", "11/15/2025") },
      )
    : fc.oneof(
        { weight: 6, arbitrary: instant.map(iso) },
        { weight: 1, arbitrary: instant.map((t) => iso(t).replace("Z", "-03:00")) },
        { weight: 1, arbitrary: instant.map((t) => iso(t).slice(0, 19)) },
        { weight: 1, arbitrary: instant.map((t) => iso(t).replace("Z", ".5Z")) },
        { weight: 1, arbitrary: instant.map((t) => iso(t).toLowerCase()) },
        { weight: 1, arbitrary: instant.map((t) => ` ${iso(t)}`) },
        {
          weight: 1,
          arbitrary: fc.constantFrom(
            "2026-02-30T10:00:00Z",
            "",
            "yesterday",
            "31.10.2026 22:30",
            "2026-10-01",
            "10/31/2026 10:30 PM",
            "11/15/2025",
          ),
        },
      );

const scoreCell = (regular: boolean) =>
  regular
    ? fc.oneof(
        { weight: 10, arbitrary: fc.integer({ min: 0, max: 10 }).map(String) },
        { weight: 1, arbitrary: fc.constant("") },
      )
    : fc.oneof(
        { weight: 8, arbitrary: fc.integer({ min: 0, max: 10 }).map(String) },
        { weight: 1, arbitrary: fc.constantFrom("", "11", " 7", "9.0", "8,0", "x", "-1", "010") },
      );

const commentCell = fc.oneof(
  { weight: 3, arbitrary: fc.constant("") },
  {
    weight: 2,
    arbitrary: fc.array(fc.constantFrom(...COMMENT_PARTS), { maxLength: 4 }).map((parts) => parts.join(" ")),
  },
);

interface Row {
  readonly date: string;
  readonly score: string;
  readonly region: string;
  readonly plan: string;
  readonly comment: string;
  /** Id kinds when the file is not regular: the row's number, none, a repeat, a text. */
  readonly idKind: "number" | "empty" | "repeat" | "text";
  /** A line that is not a normal record. */
  readonly shape: "record" | "blank line" | "empty cells" | "short" | "long";
}

const row = (regular: boolean): fc.Arbitrary<Row> =>
  fc.record({
    date: dateCell(regular),
    score: scoreCell(regular),
    region: fc.constantFrom(...REGIONS),
    plan: fc.constantFrom(...PLANS),
    comment: commentCell,
    idKind: regular
      ? fc.constantFrom<Row["idKind"]>("number", "number", "number", "empty")
      : // A repeated or text id anywhere makes the fast path decline the whole file: rare per row, so that
        // plenty of irregular files stay answerable and the property compares both paths on them.
        fc.oneof(
          { weight: 24, arbitrary: fc.constant<Row["idKind"]>("number") },
          { weight: 4, arbitrary: fc.constant<Row["idKind"]>("empty") },
          { weight: 1, arbitrary: fc.constantFrom<Row["idKind"]>("repeat", "text") },
        ),
    shape: fc.oneof(
      { weight: 20, arbitrary: fc.constant<Row["shape"]>("record") },
      { weight: 1, arbitrary: fc.constantFrom<Row["shape"]>("blank line", "empty cells", "short", "long") },
    ),
  });

interface FileSpec {
  readonly rows: readonly Row[];
  readonly crlf: boolean;
  readonly bom: boolean;
  readonly delimiter: string;
  /** Quote fields that do not need it, now and then. */
  readonly quoteAll: number;
  readonly withEmail: boolean;
  /** A stray quote inside an unquoted field somewhere: irregular, left to the row-by-row reader. */
  readonly strayQuote: boolean;
}

const fileSpec = (regular: boolean): fc.Arbitrary<FileSpec> =>
  fc.record({
    rows: fc.array(row(regular), { minLength: 1, maxLength: 120 }),
    crlf: fc.boolean(),
    bom: fc.boolean(),
    delimiter: fc.constantFrom(",", ";", "\t"),
    quoteAll: fc.constantFrom(0, 0.1, 1),
    withEmail: regular ? fc.constant(false) : fc.boolean(),
    strayQuote: regular ? fc.constant(false) : fc.constantFrom(false, false, false, true),
  });

function writeCsv(spec: FileSpec, seed: number): string {
  const eol = spec.crlf ? "\r\n" : "\n";
  let toggle = seed;
  const quoteAnyway = () => {
    toggle = (toggle * 1_103_515_245 + 12_345) % 2_147_483_648;
    return toggle / 2_147_483_648 < spec.quoteAll;
  };
  const cell = (value: string) =>
    /[",\r\n;\t]/.test(value) || quoteAnyway() ? `"${value.replaceAll('"', '""')}"` : value;
  const header = [
    "id",
    "submitted_at",
    "score",
    "region",
    "plan",
    "comment",
    ...(spec.withEmail ? ["email"] : []),
  ];
  const lines = [header.join(spec.delimiter)];
  spec.rows.forEach((r, i) => {
    const id = { number: String(i + 1), empty: "", repeat: String(Math.max(1, i)), text: `r-${i}` }[r.idKind];
    const cells = [
      id,
      r.date,
      r.score,
      r.region,
      r.plan,
      r.comment,
      ...(spec.withEmail ? [`u${i}@example.com`] : []),
    ];
    if (r.shape === "blank line") lines.push("");
    else if (r.shape === "empty cells") lines.push(cells.map(() => "").join(spec.delimiter));
    else if (r.shape === "short") lines.push(cells.slice(0, 3).map(cell).join(spec.delimiter));
    else if (r.shape === "long") lines.push([...cells, "extra"].map(cell).join(spec.delimiter));
    else lines.push(cells.map(cell).join(spec.delimiter));
  });
  if (spec.strayQuote) lines.splice(1 + (seed % spec.rows.length), 0, `999999${spec.delimiter}ab"c`);
  return `${spec.bom ? "\uFEFF" : ""}${lines.join(eol)}${seed % 2 === 0 ? eol : ""}`;
}

const BREAKDOWNS: readonly (readonly Breakdown[])[] = [
  [],
  [["region"]],
  [["plan"]],
  [["region"], ["plan"]],
  [["region", "plan"]],
];

interface Setting {
  readonly timeZone: string;
  readonly grain: PeriodGrain;
  readonly breakdowns: readonly Breakdown[];
  readonly threads: number;
  readonly chunkBytes: number;
  readonly windowBytes: number;
}

const setting: fc.Arbitrary<Setting> = fc.record({
  timeZone: fc.constantFrom(...ZONES),
  grain: fc.constantFrom<PeriodGrain>("month", "week", "quarter"),
  breakdowns: fc.constantFrom(...BREAKDOWNS),
  threads: fc.constantFrom(1, 1, 1, 2),
  chunkBytes: fc.integer({ min: 40, max: 3000 }),
  windowBytes: fc.integer({ min: 1, max: 4000 }),
});

/** Counts the file both ways and checks they agree; says whether the fast path answered, and what it counted. */
async function compareBothWays(path: string, s: Setting, columns: ColumnOptions = {}) {
  // Small records allowed, so that the read windows (at least twice this) are small too.
  const options = { path, maxRecordBytes: 400, threads: s.threads, ...columns };
  const rowByRow = csv(options);
  const common = { timeZone: s.timeZone, grain: s.grain, breakdowns: s.breakdowns };
  const slowRejections: Rejection[] = [];
  const slow = await ingest({
    ...common,
    sources: [{ name: rowByRow.name, read: rowByRow.read! }],
    onReject: (r) => {
      slowRejections.push(r);
    },
  });

  let answered = false;
  const fast: SourcePlugin = {
    name: rowByRow.name,
    read: rowByRow.read!,
    aggregate: async (query: AggregateQuery, ctx: SourceContext) => {
      const result = await aggregateCsvFast({
        file: path,
        options: resolveCsvOptions(options),
        dateTimeZone: ctx.timeZone,
        query,
        ctx,
        dateSampleRows: 10_000,
        source: rowByRow.name,
        tuning: { chunkBytes: s.chunkBytes, windowBytes: s.windowBytes, parallelFromBytes: 0 },
      });
      answered = result !== null;
      return result;
    },
  };
  const fastRejections: Rejection[] = [];
  const counted = await ingest({
    ...common,
    sources: [fast],
    onReject: (r) => {
      fastRejections.push(r);
    },
  });
  expect(counted.aggregation).toEqual(slow.aggregation);
  expect(counted.accounting).toEqual(slow.accounting);
  expect(fastRejections).toEqual(slowRejections);
  return { answered, aggregation: counted.aggregation };
}

describe("the CSV fast path against the row-by-row path", () => {
  it(
    "answers every regular file, with exactly the row-by-row result",
    async () => {
      let run = 0;
      await fc.assert(
        fc.asyncProperty(fileSpec(true), setting, async (spec, s) => {
          const path = join(dir, `regular-${run++}.csv`);
          await writeFile(path, writeCsv(spec, run));
          expect((await compareBothWays(path, s)).answered).toBe(true);
        }),
        { numRuns: RUNS },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "matches the row-by-row result on any file, answering or leaving it to the row-by-row path",
    async () => {
      let run = 0;
      let answered = 0;
      await fc.assert(
        fc.asyncProperty(fileSpec(false), setting, async (spec, s) => {
          const path = join(dir, `any-${run++}.csv`);
          await writeFile(path, writeCsv(spec, run));
          if ((await compareBothWays(path, s)).answered) answered += 1;
        }),
        { numRuns: RUNS },
      );
      // Not a test that passes by declining everything: plenty of these files have bad rows but unique ids.
      expect(answered).toBeGreaterThan(RUNS / 5);
    },
    PROPERTY_TIMEOUT,
  );
});

describe("the CSV fast path leaves the unusual to the row-by-row path", () => {
  const header = "id,submitted_at,score,region\n";
  const s: Setting = {
    timeZone: "UTC",
    grain: "month",
    breakdowns: [["region"]],
    threads: 1,
    chunkBytes: 64,
    windowBytes: 1,
  };
  const file = async (name: string, content: string | Buffer) => {
    const path = join(dir, name);
    await writeFile(path, content);
    return path;
  };

  it.each<[string, string | Buffer, boolean]>([
    ["plain", `${header}1,2026-10-01T09:00:00Z,9,EU\n2,2026-10-02T09:00:00Z,,EU\n`, true],
    ["header only", header, true],
    ["no line end at all", `${header}1,2026-10-01T09:00:00Z,9,EU`, true],
    ["duplicate ids", `${header}1,2026-10-01T09:00:00Z,9,EU\n1,2026-10-02T09:00:00Z,3,EU\n`, false],
    ["ids out of order", `${header}2,2026-10-01T09:00:00Z,9,EU\n1,2026-10-02T09:00:00Z,3,EU\n`, false],
    ["text ids", `${header}a,2026-10-01T09:00:00Z,9,EU\nb,2026-10-02T09:00:00Z,3,EU\n`, false],
    [
      "Windows-1251",
      Buffer.from([...Buffer.from(`${header}1,2026-10-01T09:00:00Z,9,`), 0xcf, 0xe5, 10]),
      false,
    ],
    ["UTF-16", Buffer.from(`\ufeff${header}1,2026-10-01T09:00:00Z,9,EU\n`, "utf16le"), false],
    ["a lone CR", `${header}1,2026-10-01T09:00:00Z,9,EU\r2,2026-10-02T09:00:00Z,3,EU\n`, false],
    ["an unterminated quote", `${header}1,2026-10-01T09:00:00Z,9,"EU\n2,2026-10-02T09:00:00Z,3,EU\n`, false],
  ])("%s", async (name, content, answers) => {
    expect((await compareBothWays(await file(`${name}.csv`, content), s)).answered).toBe(answers);
  });

  it("counts a segment named otherwise than its column, by that name, both ways", async () => {
    const content =
      'id,submitted_at,score,"Where are you based?"\n1,2026-10-01T09:00:00Z,9,EU\n2,2026-10-02T09:00:00Z,3,US\n';
    const path = await file("renamed.csv", content);
    const both = await compareBothWays(path, s, { segments: { region: "Where are you based?" } });
    expect(both.answered).toBe(true);
    // Not two empty results that agree: the breakdown by region has both regions.
    expect(JSON.stringify(both.aggregation)).toMatch(/"EU".*"US"|"US".*"EU"/);
  });
});

describe("the CSV fast path and queries it does not answer", () => {
  it("declines a response sample and segment filters, for the row-by-row path", async () => {
    const path = join(dir, "sample.csv");
    await writeFile(path, "id,submitted_at,score,region\n1,2026-10-01T09:00:00Z,9,EU\n");
    const source = csv({ path });
    const ctx = {
      signal: new AbortController().signal,
      timeZone: "UTC",
      baseDir: dir,
      logger: { debug() {}, info() {}, warn() {}, error() {} },
      reject() {},
      progress() {},
    } satisfies SourceContext;
    const query = { grain: "month", timeZone: "UTC", breakdowns: [[]] } as const;
    expect(await source.aggregate!(query, ctx)).not.toBeNull();
    expect(await source.aggregate!({ ...query, sample: { perPeriod: 10 } }, ctx)).toBeNull();
    expect(await source.aggregate!({ ...query, filters: { region: "EU" } }, ctx)).toBeNull();
  });
});
