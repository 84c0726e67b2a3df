import { open } from "node:fs/promises";
import { fileError, InputError } from "@npskit/core";

/** The two file formats SurveyMonkey exports responses in. */
export type ExportFormat = "csv" | "xlsx";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * The format of an export, from its first bytes rather than its name (downloads get renamed): a ZIP archive
 * is an XLSX workbook, anything else is read as CSV. A legacy binary `.xls` workbook, which no maintained
 * reader handles well, is an `InputError` that says how to get a readable file; so is a missing file.
 *
 * @example
 * await detectExportFormat("responses.xlsx") // "xlsx"
 * await detectExportFormat("responses.csv")  // "csv"
 */
export async function detectExportFormat(path: string): Promise<ExportFormat> {
  let head: Buffer;
  try {
    const handle = await open(path, "r");
    try {
      const { buffer, bytesRead } = await handle.read({ buffer: Buffer.alloc(8), position: 0 });
      head = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw fileError(path, error);
  }
  if (startsWith(head, ZIP)) return "xlsx";
  if (startsWith(head, OLE2)) {
    throw new InputError(
      `${path} is a legacy Excel .xls workbook: save it as .xlsx, or download the export from ` +
        `SurveyMonkey as CSV or XLSX`,
      { location: { file: path } },
    );
  }
  return "csv";
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}
