// @npskit/notebook: the .npsnb format and the headless TypeScript kernel (no VS Code dependency).
// This file only re-exports.

export { emptyNotebook } from "./format/emptyNotebook.js";
export type { ParameterValue } from "./format/injectParameters.js";
export {
  INJECTED_PARAMETERS_TAG,
  injectParameters,
  PARAMETERS_TAG,
  parseParameter,
} from "./format/injectParameters.js";
export { KERNELSPEC, LANGUAGE_INFO, NOTEBOOK_EXTENSION } from "./format/kernelspec.js";
export type {
  CellMetadata,
  CellOutput,
  CodeCell,
  MimeBundle,
  Notebook,
  NotebookCell,
  TextCell,
} from "./format/notebook.js";
export { parseNotebook } from "./format/parseNotebook.js";
export { readNotebook } from "./format/readNotebook.js";
export { serializeNotebook } from "./format/serializeNotebook.js";
export type { CellFailure, FailureKind } from "./kernel/cellFailure.js";
export type { CellResult, ExecuteOptions, KernelOptions } from "./kernel/kernel.js";
export { Kernel } from "./kernel/kernel.js";
export { notebookHtml } from "./run/notebookHtml.js";
export type { FailedCell, NotebookRun, RunNotebookOptions } from "./run/runNotebook.js";
export { runNotebook } from "./run/runNotebook.js";
