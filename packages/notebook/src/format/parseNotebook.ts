import { randomUUID } from "node:crypto";
import { InputError } from "@npskit/core";
import { KERNELSPEC, LANGUAGE_INFO } from "./kernelspec.js";
import type { CellOutput, Notebook, NotebookCell } from "./notebook.js";

const OUTPUT_TYPES = new Set(["stream", "display_data", "execute_result", "error"]);

/**
 * Parses and checks the text of a `.npsnb` (or `.ipynb`) file: nbformat 4, cells of type code, markdown or
 * raw, sources as a string or a list of lines (joined here). A notebook without a kernelspec gets npskit's;
 * a cell without an id (nbformat < 4.5) gets one. Anything wrong is one {@link InputError} naming the file and
 * the JSON pointer of the offending field.
 *
 * @example
 * parseNotebook('{"nbformat":4,"nbformat_minor":5,"metadata":{},"cells":[]}', "a.npsnb").cells // []
 */
export function parseNotebook(text: string, file = "notebook"): Notebook {
  const fail = (message: string, field?: string): never => {
    throw new InputError(`${file}: ${message}`, {
      location: { file, ...(field !== undefined && { field }) },
    });
  };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    fail(`not a notebook: not valid JSON (${(error as Error).message})`);
  }
  if (!isObject(raw)) return fail("not a notebook: the top level must be a JSON object");
  if (raw.nbformat !== 4)
    fail(`nbformat ${JSON.stringify(raw.nbformat)} is not supported; expected 4`, "/nbformat");
  if (!Array.isArray(raw.cells)) return fail("no cells: expected a `cells` array", "/cells");
  const metadata = isObject(raw.metadata) ? raw.metadata : {};
  const cells = raw.cells.map((cell, index) => parseCell(cell, `/cells/${index}`, fail));
  return {
    ...raw,
    nbformat: 4,
    nbformat_minor: typeof raw.nbformat_minor === "number" ? Math.max(raw.nbformat_minor, 5) : 5,
    metadata: {
      ...metadata,
      kernelspec: isObject(metadata.kernelspec)
        ? (metadata.kernelspec as Notebook["metadata"]["kernelspec"])
        : { ...KERNELSPEC },
      language_info: isObject(metadata.language_info)
        ? (metadata.language_info as Notebook["metadata"]["language_info"])
        : { ...LANGUAGE_INFO },
    },
    cells,
  };
}

function parseCell(
  cell: unknown,
  pointer: string,
  fail: (message: string, field?: string) => never,
): NotebookCell {
  if (!isObject(cell)) return fail("a cell must be a JSON object", pointer);
  const source = multiline(cell.source);
  if (source === undefined) fail("`source` must be a string or a list of strings", `${pointer}/source`);
  const id = typeof cell.id === "string" && cell.id !== "" ? cell.id : randomUUID().slice(0, 8);
  const metadata = isObject(cell.metadata) ? cell.metadata : {};
  if (metadata.tags !== undefined && !isStringArray(metadata.tags))
    fail("`metadata.tags` must be a list of strings", `${pointer}/metadata/tags`);
  if (cell.cell_type === "markdown" || cell.cell_type === "raw") {
    return { ...cell, id, cell_type: cell.cell_type, metadata, source: source! };
  }
  if (cell.cell_type !== "code")
    fail(
      `unknown cell_type ${JSON.stringify(cell.cell_type)}; expected code, markdown or raw`,
      `${pointer}/cell_type`,
    );
  const outputs = cell.outputs === undefined ? [] : cell.outputs;
  if (!Array.isArray(outputs)) return fail("`outputs` must be a list", `${pointer}/outputs`);
  outputs.forEach((output, index) => {
    if (!isObject(output) || !OUTPUT_TYPES.has(output.output_type as string))
      fail(
        "an output needs an output_type of stream, display_data, execute_result or error",
        `${pointer}/outputs/${index}`,
      );
    if (output.output_type === "stream") output.text = multiline(output.text) ?? "";
  });
  const count = cell.execution_count;
  return {
    ...cell,
    id,
    cell_type: "code",
    metadata,
    source: source!,
    execution_count: typeof count === "number" ? count : null,
    outputs: outputs as CellOutput[],
  };
}

/** nbformat stores multi-line strings either whole or as a list of lines (each keeping its "\n"). */
function multiline(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (isStringArray(value)) return value.join("");
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}
