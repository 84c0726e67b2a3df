import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { InputError, InvalidArgumentError } from "@npskit/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type CsvDialect,
  type CsvReadOptions,
  type CsvReadProgress,
  readCsvRows,
  readCsvRowsInChunks,
} from "./csvReader.js";
import type { CsvProblem, CsvRow } from "./csvRow.js";

const fixture = (name: string) => fileURLToPath(new URL(`../test/fixtures/${name}`, import.meta.url));

interface Read {
  rows: CsvRow[];
  problems: CsvProblem[];
  dialect: CsvDialect | undefined;
}

async function read(path: string, options: CsvReadOptions = {}, chunkSize?: number): Promise<Read> {
  const problems: CsvProblem[] = [];
  let dialect: CsvDialect | undefined;
  const all: CsvRow[] = [];
  const settings: CsvReadOptions = {
    onMalformed: (problem) => problems.push(problem),
    onDialect: (found) => {
      dialect = found;
    },
    ...options,
  };
  const batches =
    chunkSize === undefined ? readCsvRows(path, settings) : readCsvRowsInChunks(path, settings, chunkSize);
  for await (const rows of batches) all.push(...rows);
  return { rows: all, problems, dialect };
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "npskit-csv-reader-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

describe("readCsvRows on real exports", () => {
  it("reads a Russian Excel export: Windows-1251, semicolons, CRLF, a quoted line break", async () => {
    const { rows, problems, dialect } = await read(fixture("russian-excel.csv"));
    expect(dialect).toEqual({
      encoding: "windows-1251",
      encodingEvidence: "not UTF-8",
      bom: false,
      delimiter: ";",
      delimiterDetected: true,
    });
    expect(problems).toEqual([]);
    expect(rows.map((row) => row.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 9, 10, 11]);
    expect(rows[0]!.fields.slice(0, 4)).toEqual(["№", "Дата", "Оценка", "Комментарий"]);
    expect(rows[2]!.fields).toEqual([
      "2",
      "01.10.2026 12:40",
      "6",
      "Дорого; и поддержка отвечает долго",
      "Санкт-Петербург",
      "Базовый",
      "4,5",
      "3,0",
      "",
      "нет",
    ]);
    expect(rows[6]!.fields[3]).toBe("Списали деньги дважды.\nВозврата до сих пор нет");
  });

  it("reads Excel's Unicode Text: UTF-16LE with a BOM, tabs", async () => {
    const { rows, problems, dialect } = await read(fixture("unicode-text.tsv"));
    expect(dialect).toMatchObject({ encoding: "utf-16le", bom: true, delimiter: "\t" });
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(6);
    expect(rows[0]!.fields[0]).toBe("Response ID"); // no BOM left in the first name
    expect(rows[1]!.fields[3]).toBe("Très bien, merci ! 😊");
    expect(rows[3]!.fields[3]).toBe('Tabs\tand "quotes" inside');
  });

  it("reads UTF-8 with a BOM, quoted commas and multi-line comments", async () => {
    const { rows, problems, dialect } = await read(fixture("utf8-bom-quoted.csv"));
    expect(dialect).toMatchObject({
      encoding: "utf-8",
      encodingEvidence: "byte order mark",
      bom: true,
      delimiter: ",",
    });
    expect(problems).toEqual([]);
    expect(rows.map((row) => row.line)).toEqual([1, 2, 3, 4, 7, 8, 11]);
    expect(rows[0]!.fields[0]).toBe("Response ID");
    expect(rows[3]!.fields[3]).toBe("Good overall.\nBut the mobile app is slow,\nand exports too.");
    expect(rows[5]!.fields[3]).toBe("Дорого, неудобно.\n\nПоддержка не отвечает");
  });

  it("reports each broken record with its line and reads every good one after it", async () => {
    const { rows, problems } = await read(fixture("broken.csv"));
    expect(rows.map((row) => [row.line, row.fields.length])).toEqual([
      [1, 5],
      [2, 5],
      [3, 5],
      [5, 5],
      [6, 7],
      [7, 5],
      [8, 5],
      [9, 5],
      [10, 5],
      [12, 5],
      [14, 5],
      [15, 5],
      [17, 4],
      [18, 5],
    ]);
    expect(problems.map((p) => `${p.line}: ${p.reason} <${p.text}>`)).toMatchInlineSnapshot(`
      [
        "4: text after a closing quote: the quoted field closed on line 12 is followed by other text (is a quote unterminated, or not doubled inside quotes?) <r03,2026-10-02T11:00:00Z,10,"Unterminated quote starts here,APAC>",
        "16: text after a closing quote: the quoted field closed on line 16 is followed by other text (is a quote unterminated, or not doubled inside quotes?) <r13,2026-10-09T13:00:00Z,9,"abc"def,Europe>",
      ]
    `);
  });

  it.each(["russian-excel.csv", "unicode-text.tsv", "utf8-bom-quoted.csv", "broken.csv", "us-dates.csv"])(
    "reads %s the same in chunks of any size",
    async (name) => {
      const whole = await read(fixture(name));
      for (const size of [1, 2, 3, 5, 7, 64]) {
        expect(await read(fixture(name), {}, size), `chunks of ${size}`).toEqual(whole);
      }
    },
  );
});

describe("readCsvRows options and failures", () => {
  it("rejects records with invalid UTF-8 after a UTF-8 start, suggesting the encoding option", async () => {
    // The encoding is judged on the first MiB: make the Windows-1251 text start after it.
    const plain = Array.from({ length: 60_000 }, (_, i) => `${i},plain ascii\n`);
    const head = `id,comment\n${plain.join("")}`;
    expect(head.length).toBeGreaterThan(1 << 20);
    const bad = Buffer.from([...Buffer.from("60000,"), 0xce, 0xf6, 0xe5, 0xed, 0xea, 0xe0, 0x0a]);
    const path = await file(
      "late-1251.csv",
      Buffer.concat([Buffer.from(head), bad, Buffer.from("60001,fine\n")]),
    );
    const { rows, problems, dialect } = await read(path);
    expect(dialect).toMatchObject({ encoding: "utf-8", encodingEvidence: "valid UTF-8" });
    expect(rows).toHaveLength(60_002);
    expect(rows.at(-1)).toEqual({ fields: ["60001", "fine"], line: 60_003 });
    expect(problems).toEqual([
      {
        line: 60_002,
        reason:
          'invalid UTF-8: the record has bytes that are not UTF-8; the file may be in another encoding: set the encoding option (e.g. "windows-1251")',
        text: "60000,\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD",
      },
    ]);
    const forced = await read(path, { encoding: "cp1251" });
    expect(forced.problems).toEqual([]);
    expect(forced.rows[60_001]!.fields).toEqual(["60000", "Оценка"]);
  });

  it("uses the delimiter option over detection", async () => {
    const path = await file("semicolons.csv", "a;b;c\n1;2,5;3\n");
    expect((await read(path)).rows[1]!.fields).toEqual(["1", "2,5", "3"]);
    expect((await read(path, { delimiter: "," })).rows[1]!.fields).toEqual(["1;2", "5;3"]);
  });

  it("asks for the delimiter option when the file has one column", async () => {
    const path = await file("one-column.csv", "score\n9\n10\n");
    const error = await read(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message.replace(dir, "…")).toMatchInlineSnapshot(
      `"cannot detect the delimiter of …/one-column.csv: no candidate (, ; tab |) splits its lines into more than one column; set the delimiter option"`,
    );
    expect((await read(path, { delimiter: "," })).rows).toHaveLength(3);
  });

  it("reads nothing from an empty file", async () => {
    expect(await read(await file("empty.csv", ""))).toEqual({
      rows: [],
      problems: [],
      dialect: {
        encoding: "utf-8",
        encodingEvidence: "valid UTF-8",
        bom: false,
        delimiter: ",",
        delimiterDetected: false,
      },
    });
  });

  it("throws an InputError for the first broken record when there is no onMalformed", async () => {
    const rows = readCsvRows(fixture("broken.csv"));
    const error = await (async () => {
      for await (const _ of rows);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe("NPSKIT_E_INPUT");
    expect((error as InputError).location).toEqual({ file: fixture("broken.csv"), line: 4 });
  });

  it.each([
    ["a missing file", "missing.csv", "no such file"],
    ["a folder", ".", "it is a folder"],
  ])("throws an InputError for %s", async (_, name, why) => {
    const path = join(dir, name);
    const error = await read(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe(`cannot read ${path}: ${why}`);
  });

  it.each<[CsvReadOptions, string]>([
    [{ delimiter: "" }, 'delimiter must be one character other than a quote or a line break (got "")'],
    [{ delimiter: '"' }, 'delimiter must be one character other than a quote or a line break (got "\\"")'],
    [{ maxRecordBytes: 0 }, "maxRecordBytes must be a positive integer (got 0)"],
    [{ encoding: "klingon" }, `cannot read ${fixture("broken.csv")}: unknown encoding "klingon"`],
  ])("refuses %j", async (options, message) => {
    const error = await read(fixture("broken.csv"), options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(options.encoding === undefined ? InvalidArgumentError : InputError);
    expect((error as Error).message).toBe(message);
  });

  it("reports progress in bytes up to the file size", async () => {
    const updates: CsvReadProgress[] = [];
    await read(fixture("utf8-bom-quoted.csv"), { onProgress: (update) => updates.push(update) }, 100);
    expect(updates.length).toBeGreaterThan(3);
    expect(updates.at(-1)).toEqual({ bytes: 579, totalBytes: 579 });
    expect(updates.every((u, i) => i === 0 || u.bytes > updates[i - 1]!.bytes)).toBe(true);
  });

  it("stops at once when aborted, yielding nothing more", async () => {
    const path = await file("long.csv", `id,x\n${"1,2\n".repeat(400_000)}`); // past the 1 MiB head
    const controller = new AbortController();
    let batches = 0;
    for await (const _ of readCsvRowsInChunks(path, { signal: controller.signal }, 4096)) {
      batches += 1;
      if (batches === 2) controller.abort();
    }
    expect(batches).toBe(2);
    const aborted = AbortSignal.abort();
    expect(await read(path, { signal: aborted })).toEqual({ rows: [], problems: [], dialect: undefined });
  });
});
