import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Runs a poppler-utils tool and returns its standard output. A missing tool fails the test with how to get
 * it, rather than skipping: .ci/run installs poppler-utils, so it must be there.
 */
function run(tool: string, args: readonly string[]): string {
  try {
    return execFileSync(tool, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      throw new Error(
        `${tool} not found: install poppler-utils (Debian: sudo apt-get install poppler-utils)`,
      );
    }
    throw error;
  }
}

/** A folder for PDFs under test, removed by `dispose`. */
export function pdfWorkspace() {
  const dir = mkdtempSync(join(tmpdir(), "npskit-pdf-test-"));
  let n = 0;
  return {
    dir,
    /** Writes bytes to a new file in the folder and returns its path. */
    write(bytes: Uint8Array, name = `doc-${++n}.pdf`): string {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      return path;
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** `pdfinfo -isodates` as a record of its "Key: value" lines. */
export function pdfinfo(path: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of run("pdfinfo", ["-isodates", path]).split("\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) info[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return info;
}

/** One row of `pdffonts`. */
export interface FontRow {
  readonly name: string;
  readonly type: string;
  readonly embedded: boolean;
}

/** `pdffonts`, parsed with the column positions of its dashed header line. */
export function pdffonts(path: string): FontRow[] {
  const lines = run("pdffonts", [path]).split("\n");
  const dashes = lines[1] ?? "";
  const columns = [...dashes.matchAll(/-+/g)].map((m) => [m.index, m.index + m[0].length] as const);
  const cell = (line: string, i: number) => {
    const [start, end] = columns[i] ?? [0, 0];
    return line.slice(start, end + 1).trim();
  };
  return lines
    .slice(2)
    .filter((line) => line.trim() !== "")
    .map((line) => ({ name: cell(line, 0), type: cell(line, 1), embedded: cell(line, 3) === "yes" }));
}

/** The text of the PDF, or of one page, in reading order (`pdftotext -layout`). */
export function pdftotext(path: string, page?: number): string {
  const range = page === undefined ? [] : ["-f", String(page), "-l", String(page)];
  return run("pdftotext", ["-layout", ...range, path, "-"]);
}

/** Names of the attached files (`pdfdetach -list`). */
export function attachments(path: string): string[] {
  return run("pdfdetach", ["-list", path])
    .split("\n")
    .slice(1)
    .map((line) => line.replace(/^\d+:\s*/, "").trim())
    .filter(Boolean);
}

/** The content of an attached file, by name (`pdfdetach -save N`; poppler 22's `-savefile` rejects it). */
export function attachment(path: string, name: string): string {
  const index = attachments(path).indexOf(name);
  if (index < 0) throw new Error(`${path} has no attachment ${name}`);
  const dir = mkdtempSync(join(tmpdir(), "npskit-detach-"));
  try {
    const out = join(dir, "attachment");
    run("pdfdetach", ["-save", String(index + 1), "-o", out, path]);
    return readFileSync(out, "utf8");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Page 1 as a PNG at 60 dpi (`pdftoppm -png -r 60 -f 1 -l 1`). */
export function firstPagePng(path: string): Buffer {
  const dir = mkdtempSync(join(tmpdir(), "npskit-ppm-"));
  try {
    run("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", path, join(dir, "page")]);
    return readFileSync(join(dir, "page.png"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
