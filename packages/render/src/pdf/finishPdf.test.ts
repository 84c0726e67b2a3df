// Post-processing of real Chromium output (installed by .ci/run; a missing browser fails here with
// resolveBrowser's message), checked with poppler-utils.
import { PDFDocument, PDFName } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureHtml } from "./__fixtures__/fixtureHtml.js";
import { attachment, attachments, pdfinfo, pdfWorkspace } from "./__fixtures__/poppler.js";
import { finishPdf, type PdfMetadata } from "./finishPdf.js";
import { openPdfRenderer } from "./pdfRenderer.js";

/** A real browser on a shared 2-core CI machine: the repository's 30 s work budget per test. */
const BROWSER_TEST_TIMEOUT = 30_000;

const files = pdfWorkspace();
const report = { schemaVersion: 1, period: { key: "2026-10" }, comment: "Отлично, спасибо! <b>&</b>" };
const meta: PdfMetadata = {
  title: "NPS — октябрь 2026",
  author: "Acme CX",
  subject: "Net Promoter Score",
  keywords: ["NPS", "2026-10"],
  language: "ru",
  now: new Date("2026-11-01T09:30:00Z"),
  report,
};
let printed: Uint8Array[];
let finished: Uint8Array;
let path: string;

beforeAll(async () => {
  const renderer = await openPdfRenderer();
  try {
    // Two prints of the same HTML: Chromium stamps each with the current time.
    printed = [];
    for (const name of ["first", "second"])
      printed.push((await renderer.render(fixtureHtml(), { name })).pdf);
  } finally {
    await renderer.close();
  }
  finished = await finishPdf(printed[0]!, meta);
  path = files.write(finished);
}, 30_000);

afterAll(() => files.dispose());

describe("finishPdf", { timeout: BROWSER_TEST_TIMEOUT }, () => {
  it("writes the metadata, with both dates from `now`", () => {
    expect(pdfinfo(path)).toMatchObject({
      Title: "NPS — октябрь 2026",
      Author: "Acme CX",
      Subject: "Net Promoter Score",
      Keywords: "NPS 2026-10",
      Creator: "npskit",
      Producer: "npskit",
      CreationDate: "2026-11-01T09:30:00Z",
      ModDate: "2026-11-01T09:30:00Z",
      Pages: "3",
    });
  });

  it("stays a tagged PDF with its outline, and sets the language", async () => {
    expect(pdfinfo(path).Tagged).toBe("yes");
    const doc = await PDFDocument.load(finished, { updateMetadata: false });
    expect(doc.catalog.get(PDFName.of("StructTreeRoot"))).toBeDefined();
    expect(doc.catalog.get(PDFName.of("Outlines"))).toBeDefined();
    expect(doc.catalog.get(PDFName.of("Lang"))?.toString()).toBe("(ru)");
  });

  it("attaches the report as report.json", () => {
    expect(attachments(path)).toEqual(["report.json"]);
    expect(JSON.parse(attachment(path, "report.json"))).toEqual(report);
  });

  it("attaches nothing without a report", async () => {
    const { report: _, ...bare } = meta;
    expect(attachments(files.write(await finishPdf(printed[0]!, bare)))).toEqual([]);
  });

  it("is much smaller than Chromium's output (object streams)", () => {
    expect(finished.length).toBeLessThan(printed[0]!.length * 0.6);
  });

  it("gives identical bytes for two prints of the same HTML", async () => {
    // Both prints may fall within the same second, so this alone cannot show that dates are dropped.
    const again = await finishPdf(printed[1]!, meta);
    expect(Buffer.from(again).equals(Buffer.from(finished))).toBe(true);
  });

  it("drops the dates and producer Chromium stamped", async () => {
    const restamped = await PDFDocument.load(printed[0]!, { updateMetadata: false });
    restamped.setCreationDate(new Date("1999-01-01T00:00:00Z"));
    restamped.setModificationDate(new Date("1999-01-02T00:00:00Z"));
    restamped.setProducer("Skia/PDF m999");
    const input = await restamped.save({ updateFieldAppearances: false });
    expect(Buffer.from(input).equals(Buffer.from(printed[0]!))).toBe(false);
    expect(Buffer.from(await finishPdf(input, meta)).equals(Buffer.from(finished))).toBe(true);
  });

  it("gives the document an ID that follows the content", async () => {
    const idOf = (pdf: Uint8Array) =>
      /\/ID \[ <([0-9a-f]{32})> <\1> \]/.exec(Buffer.from(pdf).toString("latin1"))?.[1];
    const id = idOf(finished);
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(idOf(await finishPdf(printed[0]!, { ...meta, title: "Another title" }))).not.toBe(id);
  });
});
