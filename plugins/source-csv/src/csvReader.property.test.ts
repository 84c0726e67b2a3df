// Round trip: random tables written as CSV — any delimiter, line end, encoding with or without a byte order
// mark — read back identically, with the right line numbers, whatever the chunk size. Tiny chunks put
// boundaries inside quoted fields, doubled quotes, CRLF pairs and multi-byte characters.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCsvRowsInChunks } from "./csvReader.js";
import type { CsvProblem, CsvRow } from "./csvRow.js";

const DELIMITERS = [",", ";", "\t", "|"];
const field = fc.string({
  unit: fc.constantFrom("a", "Z", "7", " ", '"', ",", ";", "\t", "|", "\n", "\r", "Ж", "ё", "é", "😊", "€"),
  maxLength: 10,
});
const table = fc
  .integer({ min: 1, max: 5 })
  .chain((columns) =>
    fc.array(fc.array(field, { minLength: columns, maxLength: columns }), { minLength: 1, maxLength: 15 }),
  );
const encoding = fc.constantFrom("utf-8", "utf-8 with BOM", "utf-16le", "utf-16be");
const chunkSize = fc.constantFrom(1, 2, 3, 4, 5, 7, 13, 64, 4096);

/**
 * CSV text of a table. Fields with the delimiter, a quote or a line break are quoted (or, with `quoteAny`,
 * with any of the usual delimiters), and so is a lone empty field, which would otherwise be a blank line.
 */
function writeCsv(
  rows: readonly string[][],
  delimiter: string,
  eol: string,
  finalEol: boolean,
  quoteAny = false,
) {
  const quote = (value: string) => `"${value.replaceAll('"', '""')}"`;
  const special = (value: string) =>
    /["\r\n]/.test(value) || value.includes(delimiter) || (quoteAny && /[,;\t|]/.test(value));
  const records = rows.map((row) =>
    row
      .map((value) => (special(value) || (row.length === 1 && value === "") ? quote(value) : value))
      .join(delimiter),
  );
  return records.join(eol) + (finalEol ? eol : "");
}

function encode(text: string, name: string): Buffer {
  switch (name) {
    case "utf-8 with BOM":
      return Buffer.from(`\uFEFF${text}`, "utf8");
    case "utf-16le":
      return Buffer.from(`\uFEFF${text}`, "utf16le");
    case "utf-16be":
      return Buffer.from(`\uFEFF${text}`, "utf16le").swap16();
    default:
      return Buffer.from(text, "utf8");
  }
}

/** Physical line of each row: one more than the previous row's last line. */
function expectedLines(rows: readonly string[][]): number[] {
  let line = 1;
  return rows.map((row) => {
    const start = line;
    line += 1 + row.reduce((n, value) => n + (value.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
    return start;
  });
}

let dir: string;
let count = 0;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "npskit-csv-property-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function readBack(bytes: Buffer, options: { delimiter?: string }, size: number) {
  const path = join(dir, `t${count++}.csv`);
  await writeFile(path, bytes);
  const rows: CsvRow[] = [];
  const problems: CsvProblem[] = [];
  let delimiter: string | undefined;
  const reader = readCsvRowsInChunks(
    path,
    {
      ...options,
      onMalformed: (problem) => problems.push(problem),
      onDialect: (dialect) => {
        delimiter = dialect.delimiter;
      },
    },
    size,
  );
  for await (const batch of reader) rows.push(...batch);
  await rm(path);
  return { rows, problems, delimiter };
}

describe("readCsvRows round trip", () => {
  it("reads back any table written as CSV, in chunks of any size", async () => {
    await fc.assert(
      fc.asyncProperty(
        table,
        fc.constantFrom(...DELIMITERS),
        fc.constantFrom("\n", "\r\n", "\r"),
        fc.boolean(),
        encoding,
        chunkSize,
        async (rows, delimiter, eol, finalEol, name, size) => {
          const bytes = encode(writeCsv(rows, delimiter, eol, finalEol), name);
          const read = await readBack(bytes, { delimiter }, size);
          expect(read.problems).toEqual([]);
          expect(read.rows.map((row) => row.fields)).toEqual(rows);
          expect(read.rows.map((row) => row.line)).toEqual(expectedLines(rows));
        },
      ),
      { numRuns: 300 },
    );
    // A work budget, not a speed check: 300 random files read in 1-byte chunks take seconds when the CI
    // machine runs other test suites beside this one.
  }, 120_000);

  it("detects the delimiter of any table with a plain header and two or more columns", async () => {
    const header = fc.array(fc.stringMatching(/^[a-z][a-z0-9_ ]{0,11}$/), { minLength: 2, maxLength: 6 });
    const data = header.chain((names) =>
      fc.tuple(
        fc.constant(names),
        fc.array(fc.array(field, { minLength: names.length, maxLength: names.length }), { maxLength: 10 }),
      ),
    );
    await fc.assert(
      fc.asyncProperty(
        data,
        fc.constantFrom(...DELIMITERS),
        chunkSize,
        async ([names, rows], delimiter, size) => {
          // Like spreadsheet exports, quote fields that hold any of the usual delimiters, not only their own.
          const all = [names, ...rows];
          const read = await readBack(Buffer.from(writeCsv(all, delimiter, "\r\n", true, true)), {}, size);
          expect(read.delimiter).toBe(delimiter);
          expect(read.rows.map((row) => row.fields)).toEqual(all);
        },
      ),
      { numRuns: 150 },
    );
  }, 120_000);
});
