import type { Notebook } from "./notebook.js";

/**
 * The text of a `.npsnb` file: JSON indented by one space with sources split into lines, the layout Jupyter
 * writes, so a notebook saved by npskit, VS Code or JupyterLab diffs line by line.
 */
export function serializeNotebook(notebook: Notebook): string {
  const cells = notebook.cells.map((cell) => ({
    ...cell,
    source: lines(cell.source),
    ...(cell.cell_type === "code" && {
      outputs: cell.outputs.map((output) =>
        output.output_type === "stream" ? { ...output, text: lines(output.text) } : output,
      ),
    }),
  }));
  return `${JSON.stringify({ ...notebook, cells }, null, 1)}\n`;
}

function lines(text: string): string[] {
  return text === "" ? [] : (text.match(/[^\n]*\n|[^\n]+$/g) ?? []);
}
