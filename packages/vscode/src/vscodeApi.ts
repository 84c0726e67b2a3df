import type * as vscode from "vscode";

/**
 * The part of the `vscode` module the adapter uses. Passed in rather than imported, so the adapter's unit
 * tests can run it against the real kernel outside VS Code.
 */
export type VscodeApi = Pick<
  typeof vscode,
  "NotebookCellData" | "NotebookCellKind" | "NotebookCellOutput" | "NotebookCellOutputItem" | "NotebookData"
> & {
  readonly notebooks: Pick<typeof vscode.notebooks, "createNotebookController">;
};

/** The notebook type contributed for `*.npsnb` files. */
export const NOTEBOOK_TYPE = "npskit-notebook";
