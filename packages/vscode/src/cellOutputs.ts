import type { CellOutput } from "@npskit/notebook";
import type * as vscode from "vscode";
import type { VscodeApi } from "./vscodeApi.js";

const ERROR_MIME = "application/vnd.code.notebook.error";
const STDOUT_MIME = "application/vnd.code.notebook.stdout";
const STDERR_MIME = "application/vnd.code.notebook.stderr";

/** A kernel (nbformat) output as VS Code shows it: streams, errors, and each MIME type of a bundle. */
export function cellOutput(api: VscodeApi, output: CellOutput): vscode.NotebookCellOutput {
  const { NotebookCellOutput, NotebookCellOutputItem } = api;
  if (output.output_type === "stream") {
    const item = output.name === "stdout" ? NotebookCellOutputItem.stdout : NotebookCellOutputItem.stderr;
    return new NotebookCellOutput([item(output.text)], { outputType: "stream" });
  }
  if (output.output_type === "error") {
    const error = Object.assign(new Error(output.evalue), {
      name: output.ename,
      stack: output.traceback.join("\n"),
    });
    return new NotebookCellOutput([NotebookCellOutputItem.error(error)], { outputType: "error" });
  }
  // VS Code ranks application/json above text/html, so a table would show as JSON: when a bundle has HTML,
  // its JSON travels in the output's metadata instead, and comes back into the bundle on save.
  const { "application/json": json, ...rest } = output.data;
  const hidden = json !== undefined && typeof output.data["text/html"] === "string";
  const shown = hidden ? rest : output.data;
  const items = Object.entries(shown).map(([mime, value]) =>
    mime === "application/json" || typeof value !== "string"
      ? NotebookCellOutputItem.json(value, mime)
      : NotebookCellOutputItem.text(value, mime),
  );
  return new NotebookCellOutput(items, { outputType: output.output_type, ...(hidden && { json }) });
}

/** VS Code's output back to nbformat, for saving. */
export function outputOf(output: vscode.NotebookCellOutput): CellOutput[] {
  const decode = (data: Uint8Array) => new TextDecoder().decode(data);
  const kind = output.metadata?.outputType as string | undefined;
  const first = output.items[0];
  if (first === undefined) return [];
  if (first.mime === STDOUT_MIME || first.mime === STDERR_MIME) {
    return [
      {
        output_type: "stream",
        name: first.mime === STDOUT_MIME ? "stdout" : "stderr",
        text: output.items.map((item) => decode(item.data)).join(""),
      },
    ];
  }
  if (first.mime === ERROR_MIME) {
    const error = JSON.parse(decode(first.data)) as { name: string; message: string; stack?: string };
    return [
      {
        output_type: "error",
        ename: error.name,
        evalue: error.message,
        traceback: (error.stack ?? "").split("\n"),
      },
    ];
  }
  const data: Record<string, unknown> = {};
  if (output.metadata?.json !== undefined) data["application/json"] = output.metadata.json;
  for (const item of output.items) {
    const text = decode(item.data);
    data[item.mime] = item.mime === "application/json" ? JSON.parse(text) : text;
  }
  return kind === "execute_result"
    ? [{ output_type: "execute_result", execution_count: null, data, metadata: {} }]
    : [{ output_type: "display_data", data, metadata: {} }];
}
