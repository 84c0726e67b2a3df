import { injectParameters, type ParameterValue } from "../format/injectParameters.js";
import type { CodeCell, Notebook } from "../format/notebook.js";
import type { CellFailure } from "../kernel/cellFailure.js";
import { Kernel, type KernelOptions } from "../kernel/kernel.js";

/** Options of {@link runNotebook}. */
export interface RunNotebookOptions extends Omit<KernelOptions, "dir"> {
  /** The notebook's folder (imports and `load()` paths resolve from it). */
  readonly dir: string;
  /** papermill-style parameters: an `injected-parameters` cell after the `parameters` cell. */
  readonly parameters?: Readonly<Record<string, ParameterValue>>;
  /** Called after each code cell, e.g. for progress. */
  readonly onCell?: (cell: CodeCell, index: number) => void;
}

/** The first failed cell of a run: its position and what went wrong. */
export interface FailedCell {
  /** 0-based index among all cells of the executed notebook (parameters included). */
  readonly index: number;
  /** 1-based number among the code cells, as a person counts them. */
  readonly number: number;
  readonly failure: CellFailure;
}

/** The executed notebook, the first failure (null when every cell ran), and the run time. */
export interface NotebookRun {
  readonly notebook: Notebook;
  readonly failed: FailedCell | null;
  readonly durationMs: number;
}

/**
 * Runs every code cell of a notebook in order in a fresh kernel, the way `npskit notebook run` does: outputs,
 * execution counts and each cell's time (`metadata.npskit.durationMs`) are stored in a copy of the notebook,
 * and the run stops at the first failing cell (later cells keep no outputs). The kernel is disposed at the end.
 */
export async function runNotebook(input: Notebook, options: RunNotebookOptions): Promise<NotebookRun> {
  const started = performance.now();
  const notebook = injectParameters(input, options.parameters ?? {});
  const kernel = new Kernel(options);
  let failed: FailedCell | null = null;
  let number = 0;
  try {
    for (const [index, cell] of notebook.cells.entries()) {
      if (cell.cell_type !== "code") continue;
      number += 1;
      if (failed !== null) {
        cell.execution_count = null;
        cell.outputs = [];
        continue;
      }
      const result = await kernel.execute(cell.source, {
        label: `cell ${number}`,
        ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
      });
      cell.execution_count = result.executionCount;
      cell.outputs = [...result.outputs];
      cell.metadata = {
        ...cell.metadata,
        npskit: { ...cell.metadata.npskit, durationMs: round(result.durationMs) },
      };
      if (result.error !== undefined) failed = { index, number, failure: result.error };
      options.onCell?.(cell, index);
    }
  } finally {
    await kernel.dispose();
  }
  return { notebook, failed, durationMs: performance.now() - started };
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
