// Test helper: prints report HTML to PDF with the package's own renderer (real Chromium, found the way users'
// browsers are found), and wraps the poppler tools the tests read PDFs with.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import puppeteer, { type Browser } from "puppeteer-core";
import { openPdfRenderer, type PdfRenderer } from "../src/pdf/pdfRenderer.js";
import { resolveBrowser } from "../src/pdf/resolveBrowser.js";

/** The renderer users get: no JavaScript, every request refused, CSS page size, tagged output. */
export function openRenderer(): Promise<PdfRenderer> {
  return openPdfRenderer();
}

/** Prints `html` to Chromium's PDF bytes (before finishPdf). */
export async function printPdf(
  renderer: PdfRenderer,
  html: string,
  name = "test report",
): Promise<Uint8Array> {
  return (await renderer.render(html, { name })).pdf;
}

/**
 * A plain browser with the network on and page JavaScript allowed, none of the renderer's defences: for
 * tests that prove the HTML itself loads nothing. The caller closes it.
 */
export async function launchUnguardedBrowser(): Promise<Browser> {
  const { executablePath } = await resolveBrowser();
  return puppeteer.launch({ executablePath, headless: true, args: ["--no-sandbox", "--disable-gpu"] });
}

/** A fresh temporary folder for a test's files. */
export function tempDir(prefix = "npskit-render-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes `pdf` into `dir` and returns its path. */
export function writePdf(dir: string, name: string, pdf: Uint8Array): string {
  const file = join(dir, name);
  writeFileSync(file, pdf);
  return file;
}

/** `pdftotext -layout` of a PDF. */
export function pdfText(file: string): string {
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
}

/** Number of pages, from `pdfinfo`. */
export function pdfPages(file: string): number {
  const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? Number.NaN);
}

/** The rows of `pdffonts`: font name and whether it is embedded. */
export function pdfFonts(file: string): { name: string; type: string; embedded: boolean }[] {
  const lines = execFileSync("pdffonts", [file], { encoding: "utf8" }).trim().split("\n").slice(2);
  return lines.map((line) => {
    const columns = line.trim().split(/\s+/);
    // name type [type…] encoding emb sub uni object ID: read from the right, names have no spaces.
    const embedded = columns.at(-5) === "yes";
    return { name: columns[0] ?? "", type: columns.slice(1, -6).join(" "), embedded };
  });
}

/** Page `page` (1-based) as a PNG at `dpi`, from `pdftoppm`. */
export function pagePng(file: string, page: number, dpi = 60): Buffer {
  const prefix = join(tempDir("npskit-png-"), "page");
  execFileSync("pdftoppm", [
    "-png",
    "-r",
    String(dpi),
    "-f",
    String(page),
    "-l",
    String(page),
    "-singlefile",
    file,
    prefix,
  ]);
  return readFileSync(`${prefix}.png`);
}
