import { readFile } from "node:fs/promises";
import { fileError, InputError } from "@npskit/core";
import type { CsvRow } from "@npskit/source-csv";
import { cellText, type XlsxCell } from "./cellText.js";

/** Options of {@link readXlsxRows}. */
export interface XlsxReadOptions {
  /** Sheet name or 1-based number. @default 1 */
  readonly sheet?: string | number | undefined;
  /** Rows per batch. @default 1000 */
  readonly batchSize?: number;
  readonly signal?: AbortSignal;
  /** Receives the file size once it is read (the whole workbook is read before its rows). */
  readonly onProgress?: (progress: { bytes: number; totalBytes: number }) => void;
}

/**
 * Reads one sheet of an XLSX workbook as batches of text rows numbered like the sheet (row 1 = line 1),
 * the same shape `readCsvRows` gives for CSV. The reader, read-excel-file, is imported only here, on first
 * use, so CSV users never load it. Numbers are kept as the exact digits the file holds (a 20-digit id is not
 * rounded); dates become ISO local date-times (see {@link cellText}). The workbook is read whole: XLSX is a
 * ZIP archive of XML, and SurveyMonkey's XLSX exports stay far below the sizes where that matters.
 *
 * @example
 * for await (const rows of readXlsxRows("export.xlsx")) for (const { fields, line } of rows) …
 */
export async function* readXlsxRows(path: string, options: XlsxReadOptions = {}): AsyncGenerator<CsvRow[]> {
  const { sheet = 1, batchSize = 1000, signal } = options;
  let bytes: Buffer;
  try {
    bytes = await readFile(path, signal === undefined ? {} : { signal });
  } catch (error) {
    if (signal?.aborted) return;
    throw fileError(path, error);
  }
  options.onProgress?.({ bytes: bytes.length, totalBytes: bytes.length });
  const reader = await loadReader();
  let data: XlsxCell[][];
  try {
    // parseNumber keeps each number as written in the file, instead of a float.
    data = (await reader.readSheet(bytes, sheet, {
      trim: false,
      parseNumber: (text) => text,
    })) as XlsxCell[][];
  } catch (error) {
    throw xlsxError(path, sheet, error);
  }
  for (let start = 0; start < data.length; start += batchSize) {
    if (signal?.aborted) return;
    const rows: CsvRow[] = [];
    const end = Math.min(data.length, start + batchSize);
    for (let i = start; i < end; i++) rows.push({ fields: data[i]!.map(cellText), line: i + 1 });
    yield rows;
  }
}

type Reader = typeof import("read-excel-file/node");

async function loadReader(): Promise<Reader> {
  try {
    return await import("read-excel-file/node");
  } catch (error) {
    throw new InputError(
      "reading .xlsx exports needs the read-excel-file package: install it next to " +
        "@npskit/source-surveymonkey (pnpm add read-excel-file), or export the responses as CSV",
      { cause: error },
    );
  }
}

function xlsxError(path: string, sheet: string | number, error: unknown): InputError {
  const { name, code, sheets } = (error ?? {}) as { name?: string; code?: string; sheets?: string[] };
  const location = { file: path };
  if (name === "SheetNotFoundError") {
    const list = (sheets ?? []).map((s) => JSON.stringify(s)).join(", ");
    return new InputError(`${path} has no sheet ${JSON.stringify(sheet)} (sheets: ${list})`, { location });
  }
  const why =
    code === "XLS_FILE_NOT_SUPPORTED"
      ? "it is a legacy .xls workbook: save it as .xlsx"
      : `it is not a readable .xlsx workbook (${error instanceof Error ? error.message : String(error)})`;
  return new InputError(`cannot read ${path}: ${why}`, { location, cause: error });
}
