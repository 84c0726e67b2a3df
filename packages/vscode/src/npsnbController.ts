import { dirname } from "node:path";
import { Kernel } from "@npskit/notebook";
import type * as vscode from "vscode";
import { cellOutput } from "./cellOutputs.js";
import { NOTEBOOK_TYPE, type VscodeApi } from "./vscodeApi.js";

/**
 * The notebook controller: one npskit kernel per open notebook (started on first run, in the notebook's
 * folder), cells executed in order with live outputs, execution order numbers, and interrupt delegated to
 * the kernel (which keeps the state for a synchronous loop and restarts for an async runaway).
 */
export function npsnbController(
  api: VscodeApi,
): vscode.NotebookController & { disposeKernels(): Promise<void> } {
  const kernels = new Map<string, Kernel>();
  const kernelOf = (notebook: vscode.NotebookDocument) => {
    const key = notebook.uri.toString();
    let kernel = kernels.get(key);
    if (kernel === undefined) {
      kernel = new Kernel({ dir: dirname(notebook.uri.fsPath) });
      kernels.set(key, kernel);
    }
    return kernel;
  };
  const controller = api.notebooks.createNotebookController(
    NOTEBOOK_TYPE,
    NOTEBOOK_TYPE,
    "npskit (TypeScript)",
  );
  controller.supportedLanguages = ["typescript"];
  controller.supportsExecutionOrder = true;
  controller.description = "npskit notebook kernel";
  controller.executeHandler = async (cells, notebook) => {
    const kernel = kernelOf(notebook);
    for (const cell of cells) {
      const execution = controller.createNotebookCellExecution(cell);
      execution.start(Date.now());
      await execution.clearOutput();
      const result = await kernel.execute(cell.document.getText(), {
        label: `cell ${cell.index + 1}`,
        onOutput: (output) => void execution.appendOutput(cellOutput(api, output)),
      });
      execution.executionOrder = result.executionCount;
      execution.end(result.status === "ok", Date.now());
      if (result.status !== "ok") break;
    }
  };
  controller.interruptHandler = (notebook) => kernels.get(notebook.uri.toString())?.interrupt();
  return Object.assign(controller, {
    async disposeKernels() {
      await Promise.all([...kernels.values()].map((kernel) => kernel.dispose()));
      kernels.clear();
    },
  });
}
