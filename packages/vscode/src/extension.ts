import * as vscode from "vscode";
import { npsnbController } from "./npsnbController.js";
import { npsnbSerializer } from "./npsnbSerializer.js";
import { NOTEBOOK_TYPE } from "./vscodeApi.js";

let controller: ReturnType<typeof npsnbController> | undefined;

/** Registers the `.npsnb` serializer and the npskit kernel controller. */
export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.workspace.registerNotebookSerializer(NOTEBOOK_TYPE, npsnbSerializer(vscode), {
      transientOutputs: false,
    }),
  );
  controller = npsnbController(vscode);
  context.subscriptions.push(controller);
}

/** Stops every kernel's worker. */
export async function deactivate(): Promise<void> {
  await controller?.disposeKernels();
}
