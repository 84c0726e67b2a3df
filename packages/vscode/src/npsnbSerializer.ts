import {
  type CellOutput,
  type CodeCell,
  emptyNotebook,
  type Notebook,
  parseNotebook,
  serializeNotebook,
} from "@npskit/notebook";
import type * as vscode from "vscode";
import { cellOutput, outputOf } from "./cellOutputs.js";
import type { VscodeApi } from "./vscodeApi.js";

/**
 * `.npsnb` ⇄ VS Code's notebook model, delegating the format to `@npskit/notebook`: parsing (with its
 * errors), the Jupyter layout on save, and everything VS Code does not model (notebook and cell metadata,
 * papermill tags, execution counts) kept in `metadata`.
 */
export function npsnbSerializer(api: VscodeApi): vscode.NotebookSerializer {
  return {
    deserializeNotebook(content: Uint8Array): vscode.NotebookData {
      const text = new TextDecoder().decode(content);
      const notebook = text.trim() === "" ? emptyNotebook() : parseNotebook(text, "notebook.npsnb");
      const cells = notebook.cells.map((cell) => {
        const code = cell.cell_type === "code";
        const data = new api.NotebookCellData(
          code ? api.NotebookCellKind.Code : api.NotebookCellKind.Markup,
          cell.source,
          code ? "typescript" : "markdown",
        );
        data.metadata = { id: cell.id, cellType: cell.cell_type, metadata: cell.metadata };
        if (code) {
          data.outputs = cell.outputs.map((output) => cellOutput(api, output));
          if (cell.execution_count !== null) data.executionSummary = { executionOrder: cell.execution_count };
        }
        return data;
      });
      const data = new api.NotebookData(cells);
      data.metadata = { nbformat: notebook.nbformat_minor, metadata: notebook.metadata };
      return data;
    },

    serializeNotebook(data: vscode.NotebookData): Uint8Array {
      const base = emptyNotebook();
      const saved = data.metadata?.metadata as Notebook["metadata"] | undefined;
      const notebook: Notebook = {
        ...base,
        metadata: saved ?? base.metadata,
        cells: data.cells.map((cell, index) => {
          const meta = (cell.metadata ?? {}) as {
            id?: string;
            cellType?: string;
            metadata?: CodeCell["metadata"];
          };
          const id = meta.id ?? `cell-${index + 1}`;
          const metadata = meta.metadata ?? {};
          if (cell.kind !== api.NotebookCellKind.Code) {
            return {
              id,
              cell_type: meta.cellType === "raw" ? "raw" : "markdown",
              metadata,
              source: cell.value,
            };
          }
          const outputs: CellOutput[] = (cell.outputs ?? []).flatMap((output) => outputOf(output));
          return {
            id,
            cell_type: "code",
            metadata,
            source: cell.value,
            execution_count: cell.executionSummary?.executionOrder ?? null,
            outputs,
          };
        }),
      };
      return new TextEncoder().encode(serializeNotebook(notebook));
    },
  };
}
