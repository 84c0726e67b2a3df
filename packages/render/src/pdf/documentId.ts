import { createHash } from "node:crypto";
import { type PDFDocument, PDFHexString } from "pdf-lib";

/** Stands in for the ID while the file is saved: 16 bytes spelling "npskit-id-placeh". */
const PLACEHOLDER = Buffer.from("npskit-id-placeh").toString("hex");

/**
 * Sets the trailer's `/ID [<first> <second>]` to {@link PLACEHOLDER}, before saving. PDF readers and
 * validators expect an ID; Chromium writes none, and a random one would make every run's bytes differ.
 */
export function setPlaceholderId(doc: PDFDocument): void {
  doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of(PLACEHOLDER), PDFHexString.of(PLACEHOLDER)]);
}

/**
 * Replaces the placeholder ID of a saved file, in place, with the first 16 bytes of the SHA-256 of the file
 * as saved: the same content always gets the same ID, and a different content a different one. The new ID
 * has the same length, so no byte offset (the cross-reference table) moves and the file needs no second
 * save. The trailer is at the end of the file, so the search runs backwards from there.
 *
 * @example
 * setPlaceholderId(doc);
 * const pdf = stampDocumentId(await doc.save());
 */
export function stampDocumentId(pdf: Uint8Array): Uint8Array {
  const bytes = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  const id = Buffer.from(createHash("sha256").update(bytes).digest("hex").slice(0, PLACEHOLDER.length));
  const needle = Buffer.from(PLACEHOLDER);
  let end = bytes.length;
  for (let replaced = 0; replaced < 2; replaced++) {
    const at = bytes.lastIndexOf(needle, end);
    if (at < 0) throw new Error("the PDF has no placeholder document ID to replace");
    id.copy(bytes, at);
    end = at - 1;
  }
  return pdf;
}
