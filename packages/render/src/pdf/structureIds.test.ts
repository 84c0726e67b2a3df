// Structure IDs of real Chromium output (installed by .ci/run; a missing browser fails here with
// resolveBrowser's message).
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString } from "pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import { fixtureHtml } from "./__fixtures__/fixtureHtml.js";
import { finishPdf } from "./finishPdf.js";
import { openPdfRenderer } from "./pdfRenderer.js";
import { normalizeStructureIds } from "./structureIds.js";

/** A real browser on a shared 2-core CI machine: the repository's 30 s work budget per test. */
const BROWSER_TEST_TIMEOUT = 30_000;
const meta = { title: "t", now: new Date("2026-11-01T00:00:00Z") };
let printed: Uint8Array;

beforeAll(async () => {
  const renderer = await openPdfRenderer();
  try {
    printed = (await renderer.render(fixtureHtml({ rows: 3 }), { name: "ids" })).pdf;
  } finally {
    await renderer.close();
  }
}, BROWSER_TEST_TIMEOUT);

/**
 * The same PDF as Chromium prints it when its renderer has shown other documents before: the node ids of the
 * header cells shifted (same length, so no offset moves) and, with them, the order of the ID tree.
 */
function withShiftedIds(pdf: Uint8Array): Uint8Array {
  const text = Buffer.from(pdf).toString("latin1");
  const ids = [...new Set(text.match(/node\d{8}/g) ?? [])];
  const shifted = text.replace(
    /node(\d{8})/g,
    (_, n: string) => `node${String(99_999_999 - Number(n)).padStart(8, "0")}`,
  );
  expect(ids.length).toBeGreaterThanOrEqual(4);
  return Buffer.from(shifted, "latin1");
}

/** IDs of the ID tree (in order), of the elements, and those the cells' /Headers refer to. */
async function idsOf(pdf: Uint8Array) {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const root = doc.catalog.lookup(PDFName.of("StructTreeRoot"), PDFDict);
  const names = root.lookup(PDFName.of("IDTree"), PDFDict).lookup(PDFName.of("Names"), PDFArray).asArray();
  const keys = names.filter((_, i) => i % 2 === 0).map((key) => (key as PDFString).decodeText());
  const elements: string[] = [];
  const headers: string[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict)) continue;
    const id = object.get(PDFName.of("ID"));
    if (id instanceof PDFString) elements.push(id.decodeText());
    const attributes = object.lookupMaybe(PDFName.of("A"), PDFArray)?.asArray() ?? [];
    for (const attribute of attributes) {
      const list =
        attribute instanceof PDFDict ? attribute.lookupMaybe(PDFName.of("Headers"), PDFArray) : undefined;
      for (const header of list?.asArray() ?? []) headers.push((header as PDFString).decodeText());
    }
  }
  return { keys, elements: elements.sort(), headers: [...new Set(headers)].sort() };
}

describe("normalizeStructureIds", { timeout: BROWSER_TEST_TIMEOUT }, () => {
  it("gives the same finished bytes whatever node ids Chromium chose", async () => {
    const a = await finishPdf(printed, meta);
    const b = await finishPdf(withShiftedIds(printed), meta);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it("numbers the header cells in reading order and keeps the tree, elements and references consistent", async () => {
    const doc = await PDFDocument.load(withShiftedIds(printed), { updateMetadata: false });
    normalizeStructureIds(doc);
    const ids = await idsOf(await doc.save());
    expect(ids.keys).toEqual(["node00000001", "node00000002", "node00000003", "node00000004"]);
    expect(ids.elements).toEqual(ids.keys);
    expect(ids.headers).toEqual(ids.keys);
  });

  it("leaves a PDF without a structure tree alone", async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    normalizeStructureIds(doc);
    expect(doc.catalog.get(PDFName.of("StructTreeRoot"))).toBeUndefined();
  });
});
