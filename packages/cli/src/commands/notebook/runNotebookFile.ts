import { writeFile } from "node:fs/promises";
import { basename, dirname, resolve } from "node:path";
import { CellError } from "@npskit/core";
import {
  type NotebookRun,
  notebookHtml,
  type ParameterValue,
  parseParameter,
  readNotebook,
  runNotebook,
  serializeNotebook,
} from "@npskit/notebook";

/** What `npskit notebook run` does, without argv. */
export interface NotebookRunOptions {
  readonly file: string;
  /** `name=value` pairs, papermill style. */
  readonly params?: readonly string[];
  /** The executed notebook. @default `<name>.executed.npsnb` next to the input */
  readonly out?: string;
  /** Also write a static HTML page of the executed notebook here. */
  readonly html?: string;
  /** Time limit per cell in ms. @default the kernel's (10 minutes) */
  readonly timeoutMs?: number;
  readonly cwd?: string;
}

/** The result: the run, and the files written. */
export interface NotebookRunResult {
  readonly run: NotebookRun;
  readonly out: string;
  readonly html: string | undefined;
}

/**
 * `npskit notebook run` without argv: reads the notebook, runs every cell in a fresh kernel with the
 * parameters injected, and writes the executed notebook (and the HTML page) — also when a cell failed, so the
 * outputs up to the failure can be read. A failed cell then throws {@link CellError} naming the cell and line.
 */
export async function runNotebookFile(options: NotebookRunOptions): Promise<NotebookRunResult> {
  const cwd = options.cwd ?? process.cwd();
  const file = resolve(cwd, options.file);
  const parameters: Record<string, ParameterValue> = {};
  for (const text of options.params ?? []) {
    const [name, value] = parseParameter(text);
    parameters[name] = value;
  }
  const notebook = await readNotebook(file);
  const run = await runNotebook(notebook, {
    dir: dirname(file),
    parameters,
    ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
  });
  const out =
    options.out === undefined
      ? file.replace(/(\.npsnb|\.ipynb)?$/, ".executed.npsnb")
      : resolve(cwd, options.out);
  await writeFile(out, serializeNotebook(run.notebook));
  const html = options.html === undefined ? undefined : resolve(cwd, options.html);
  if (html !== undefined) await writeFile(html, notebookHtml(run.notebook, basename(file)));
  if (run.failed !== null) {
    const { failure, number } = run.failed;
    const where = failure.line === undefined ? `cell ${number}` : `cell ${number}, line ${failure.line}`;
    throw new CellError(`${where}: ${failure.name}: ${failure.message}`, {
      location: {
        file: options.file,
        field: `cells/${run.failed.index}`,
        ...(failure.line !== undefined && { line: failure.line }),
      },
    });
  }
  return { run, out, html };
}
