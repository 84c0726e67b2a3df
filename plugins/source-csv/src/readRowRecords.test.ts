import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InputError, type SourceContext } from "@npskit/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordingContext } from "../test/recordingContext.js";
import { createCellMapper } from "./cellMapper.js";
import { readCsvRows } from "./csvReader.js";
import type { CsvProblem, CsvRow } from "./csvRow.js";
import { type RowRecordsOptions, readRowRecords } from "./readRowRecords.js";

const FILE = "exports/a.csv";

/** A reader of the shape `readCsvRows` has: each step is a batch of rows, or a record it could not read. */
function reader(...steps: (CsvRow[] | CsvProblem)[]): RowRecordsOptions<string[]>["rows"] {
  return async function* ({ onMalformed, onProgress }) {
    let bytes = 0;
    for (const step of steps) {
      if (!Array.isArray(step)) {
        onMalformed(step);
        continue;
      }
      bytes += 100;
      onProgress({ bytes, totalBytes: 100 * steps.filter(Array.isArray).length });
      yield step;
    }
  };
}

/** Rows numbered from `line`: `id,score` cells, as `rows(2, "1,9", "2,7")`. */
const rows = (line: number, ...texts: string[]): CsvRow[] =>
  texts.map((text, i) => ({ fields: text.split(","), line: line + i }));
const broken = (line: number): CsvProblem => ({ line, reason: "unterminated quote: …", text: `"${line}` });

/** Header row `id,score`; scores must be numbers. Records what `readHeader` and `plan` were given. */
function options(ctx: SourceContext, overrides: Partial<RowRecordsOptions<string[]>> = {}) {
  const seen = { offered: [] as { line: number; brokenAbove: number | undefined }[], sample: [] as number[] };
  const all: RowRecordsOptions<string[]> = {
    file: FILE,
    ctx,
    batchSize: 2,
    sampleRows: 3,
    rows: reader(),
    readHeader: (row, brokenAbove) => {
      seen.offered.push({ line: row.line, brokenAbove: brokenAbove?.line });
      return row.fields;
    },
    plan: (names, sample) => {
      seen.sample = sample.map((row) => row.line);
      return createCellMapper({ file: FILE, names }, (fields, _, problem) => {
        if (Number.isNaN(Number(fields[1]))) problem("score", `not a score: ${fields[1]}`);
        return { id: fields[0], score: Number(fields[1]) };
      });
    },
    headerError: (problem) => new InputError(`${FILE}:${problem.line}: cannot read the header row`),
    noHeader: () => new InputError(`${FILE} is empty`),
    ...overrides,
  };
  return { options: all, seen };
}

async function collect(source: AsyncIterable<unknown[]>): Promise<unknown[][]> {
  const batches: unknown[][] = [];
  for await (const batch of source) batches.push(batch);
  return batches;
}

const ids = (batches: unknown[][]) =>
  batches.map((batch) => batch.map((record) => (record as { response: { id: string } }).response.id));

describe("readRowRecords", () => {
  it("reads the header, plans on the first rows, and yields every record in batches", async () => {
    const { ctx, progress, logs } = recordingContext();
    const { options: o, seen } = options(ctx, {
      rows: reader(rows(1, "id,score", "1,9", "2,7"), rows(4, "3,10", "4,0", "5,8")),
    });
    expect(ids(await collect(readRowRecords(o)))).toEqual([["1", "2"], ["3", "4"], ["5"]]);
    expect(seen).toEqual({ offered: [{ line: 1, brokenAbove: undefined }], sample: [2, 3, 4] });
    expect(progress).toEqual([
      { bytes: 200, totalBytes: 200, records: 5 },
      { bytes: 200, totalBytes: 200, records: 5 },
    ]);
    expect(logs).toEqual([`${FILE}: 5 records read, 0 rejected while reading`]);
  });

  it("plans on all the rows of a file shorter than the sample", async () => {
    const { ctx } = recordingContext();
    const { options: o, seen } = options(ctx, { rows: reader(rows(1, "id,score", "1,9")) });
    expect(ids(await collect(readRowRecords(o)))).toEqual([["1"]]);
    expect(seen.sample).toEqual([2]);
  });

  it("rejects what the mapper rejects and what the reader could not read; skips blank rows", async () => {
    const { ctx, rejected, logs } = recordingContext();
    const seen: number[] = [];
    const { options: o } = options(ctx, {
      rows: reader(rows(1, "id,score", "1,9"), broken(3), rows(4, "2,x", ",", "3,9,extra", "4,6")),
      onProblem: (problem) => seen.push(problem.line),
    });
    expect(ids(await collect(readRowRecords(o)))).toEqual([["1", "4"]]);
    expect(seen).toEqual([3]);
    expect(rejected).toEqual([
      { raw: '"3', reason: "unterminated quote: …", location: { file: FILE, line: 3 } },
      {
        raw: { id: "2", score: "x" },
        reason: "not a score: x",
        location: { file: FILE, line: 4, column: "score" },
      },
      {
        raw: ["3", "9", "extra"],
        reason: "wrong number of fields: the row has 3, the header has 2",
        location: { file: FILE, line: 6 },
      },
    ]);
    expect(logs).toEqual([`${FILE}: 5 records read, 3 rejected while reading`]);
  });

  it("tells readHeader of a broken record above the row it is offered, and fails if it reads on", async () => {
    const { ctx } = recordingContext();
    const { options: o, seen } = options(ctx, { rows: reader(broken(1), rows(2, "id,score", "1,9")) });
    await expect(collect(readRowRecords(o))).rejects.toThrow(`${FILE}:1: cannot read the header row`);
    expect(seen.offered).toEqual([{ line: 2, brokenAbove: 1 }]);
  });

  it("fails for a broken record between header rows once the header is read", async () => {
    const { ctx } = recordingContext();
    const offered: number[] = [];
    const { options: o } = options(ctx, {
      rows: reader(rows(1, "id,score"), broken(2), rows(3, "sub,sub", "1,9")),
      readHeader: (row) => (offered.push(row.line) === 2 ? row.fields : undefined),
    });
    await expect(collect(readRowRecords(o))).rejects.toThrow(`${FILE}:2: cannot read the header row`);
    expect(offered).toEqual([1, 3]);
  });

  it.each([
    ["no rows", reader(), `${FILE} is empty`],
    ["broken records only", reader(broken(1), broken(2)), `${FILE}:1: cannot read the header row`],
  ])("fails for a file of %s", async (_, rowsOf, message) => {
    const { ctx } = recordingContext();
    const { options: o } = options(ctx, { rows: rowsOf });
    await expect(collect(readRowRecords(o))).rejects.toThrow(message);
  });

  it("stops without yielding more once the signal is aborted", async () => {
    const controller = new AbortController();
    const { ctx, logs } = recordingContext(controller.signal);
    const { options: o } = options(ctx, {
      rows: reader(rows(1, "id,score", "1,9", "2,7", "3,8"), rows(5, "4,9", "5,9", "6,9", "7,9")),
      sampleRows: 1,
    });
    const batches: unknown[][] = [];
    for await (const batch of readRowRecords(o)) {
      batches.push(batch);
      controller.abort();
    }
    expect(ids(batches)).toEqual([["1", "2"]]);
    expect(logs).toEqual([]);
  });

  describe("on a real file, read with readCsvRows", () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), "npskit-row-records-"));
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it("accounts for every line: records, a broken quote, a bad cell", async () => {
      const path = join(dir, "a.csv");
      const content = 'id,score\n1,9\n"2,7\n3,x\n4,10\n';
      await writeFile(path, content);
      const { ctx, rejected, progress } = recordingContext();
      const { options: o } = options(ctx, {
        file: path,
        rows: (events) => readCsvRows(path, { delimiter: ",", ...events }),
      });
      expect(ids(await collect(readRowRecords(o)))).toEqual([["1", "4"]]);
      expect(rejected.map((r) => `${r.location.line} ${r.reason.split(":")[0]}`)).toEqual([
        "3 unterminated quote",
        "4 not a score",
      ]);
      const size = Buffer.byteLength(content);
      expect(progress.at(-1)).toEqual({ bytes: size, totalBytes: size, records: 4 });
    });
  });
});
