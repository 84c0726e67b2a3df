// @npskit/output-pdf: the report as a tagged PDF printed by headless Chrome/Chromium.

export { batch } from "./batch.js";
export type { PdfDocumentInfo } from "./pdfDocumentInfo.js";
export { pdfMetadataFor } from "./pdfDocumentInfo.js";
export type { PdfOutputOptions } from "./pdfOutput.js";
export { DEFAULT_FILE_NAME, pdf, pdf as default } from "./pdfOutput.js";
