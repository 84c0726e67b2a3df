/**
 * The `.npsnb` document: nbformat 4.5 JSON (the `.ipynb` structure), so GitHub, JupyterLab and nbconvert show
 * a saved notebook with its outputs. Only the parts npskit reads and writes are typed; anything else in a file
 * (extra metadata, attachments) is kept as it was.
 */

/** A MIME bundle: MIME type → data (a string, or JSON for `application/json`). */
export type MimeBundle = Record<string, unknown>;

/** A cell output, as nbformat stores it. */
export type CellOutput =
  | { output_type: "stream"; name: "stdout" | "stderr"; text: string }
  | { output_type: "display_data"; data: MimeBundle; metadata: Record<string, unknown> }
  | {
      output_type: "execute_result";
      execution_count: number | null;
      data: MimeBundle;
      metadata: Record<string, unknown>;
    }
  | { output_type: "error"; ename: string; evalue: string; traceback: string[] };

/** Cell metadata npskit reads: papermill's tags, and the run time npskit records. */
export interface CellMetadata {
  tags?: string[];
  npskit?: { durationMs?: number; [key: string]: unknown };
  [key: string]: unknown;
}

/** A code cell: TypeScript run by the npskit kernel. */
export interface CodeCell {
  id: string;
  cell_type: "code";
  metadata: CellMetadata;
  source: string;
  execution_count: number | null;
  outputs: CellOutput[];
}

/** A markdown or raw cell: shown, never run. */
export interface TextCell {
  id: string;
  cell_type: "markdown" | "raw";
  metadata: CellMetadata;
  source: string;
  attachments?: Record<string, MimeBundle>;
}

/** One cell of a notebook. */
export type NotebookCell = CodeCell | TextCell;

/** A whole `.npsnb` notebook. `source` is always one string here; files may store it as a list of lines. */
export interface Notebook {
  nbformat: 4;
  nbformat_minor: number;
  metadata: {
    kernelspec: { name: string; display_name: string; language: string };
    language_info: { name: string; file_extension: string; mimetype: string; [key: string]: unknown };
    [key: string]: unknown;
  };
  cells: NotebookCell[];
}
