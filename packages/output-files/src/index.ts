// @npskit/output-files: the file rules every npskit output follows, for built-in and third-party outputs alike.

export type { FileNameSubject } from "./outputFile.js";
export { checkFileNamePattern, fileNameFor, outputFile } from "./outputFile.js";
export { safeFileNamePart } from "./safeFileNamePart.js";
export { writeFileAtomic } from "./writeFileAtomic.js";
