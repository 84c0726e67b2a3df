import { AFRelationship, PDFDocument } from "pdf-lib";
import { setPlaceholderId, stampDocumentId } from "./documentId.js";
import { normalizeStructureIds } from "./structureIds.js";

/** Name of the attached report data inside the PDF. */
export const REPORT_ATTACHMENT_NAME = "report.json";

/** What {@link finishPdf} writes into a PDF. */
export interface PdfMetadata {
  /** Document title, shown by viewers in the window title bar. */
  readonly title: string;
  readonly author?: string;
  readonly subject?: string;
  readonly keywords?: readonly string[];
  /** BCP 47 language of the text, e.g. "en" or "ru": screen readers pick their voice from it. */
  readonly language?: string;
  /**
   * Creation and modification date (the CLI's `--now`). Fixed dates are what make the same input give the
   * same bytes.
   */
  readonly now: Date;
  /**
   * Data attached as `report.json` (application/json), normally the ReportModel the PDF shows, so that the
   * figures travel with the document. Serialized with `JSON.stringify(report, null, 2)`.
   */
  readonly report?: unknown;
}

/** Who made the PDF, in the Creator and Producer fields instead of Chromium's user agent and Skia. */
const MAKER = "npskit";

/**
 * Post-processes a PDF printed by Chromium: sets title, author, subject, keywords, language, creator and
 * producer ("npskit") and both dates from `meta.now`; attaches `meta.report` as `report.json`; and re-saves
 * the file compactly with object streams (Chromium's tagged PDFs shrink to about a third). The structure
 * tree, outline and fonts are kept as they are, so the result stays a tagged PDF.
 *
 * The output is byte-identical for identical input: Chromium's varying bytes are its dates, which are
 * replaced, and the IDs of table header cells, which are renumbered ({@link normalizeStructureIds}); the
 * document ID (the trailer's `/ID`) is a hash of the finished file ({@link stampDocumentId}).
 *
 * @example
 * const pdf = await finishPdf(printed, { title: "NPS — October 2026", now: new Date("2026-11-01T00:00:00Z"), report });
 */
export async function finishPdf(pdf: Uint8Array, meta: PdfMetadata): Promise<Uint8Array> {
  // updateMetadata: false, or pdf-lib would stamp its own producer and the current time on load. pdf-lib
  // yields to the event loop every 100 objects by default (50 when saving); a tagged report has thousands,
  // and yielding cost more than a third of the post-processing time, so it works without pauses.
  const doc = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: Number.POSITIVE_INFINITY });
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  if (meta.author !== undefined) doc.setAuthor(meta.author);
  if (meta.subject !== undefined) doc.setSubject(meta.subject);
  if (meta.keywords !== undefined) doc.setKeywords([...meta.keywords]);
  if (meta.language !== undefined) doc.setLanguage(meta.language);
  doc.setCreator(MAKER);
  doc.setProducer(MAKER);
  doc.setCreationDate(meta.now);
  doc.setModificationDate(meta.now);
  if (meta.report !== undefined) {
    const json = `${JSON.stringify(meta.report, null, 2)}\n`;
    await doc.attach(new TextEncoder().encode(json), REPORT_ATTACHMENT_NAME, {
      mimeType: "application/json",
      description: "The report data this PDF shows",
      creationDate: meta.now,
      modificationDate: meta.now,
      afRelationship: AFRelationship.Data,
    });
  }

  normalizeStructureIds(doc);
  setPlaceholderId(doc);
  return stampDocumentId(
    await doc.save({ useObjectStreams: true, objectsPerTick: Number.POSITIVE_INFINITY }),
  );
}
