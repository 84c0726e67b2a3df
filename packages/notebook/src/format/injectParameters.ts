import { InvalidArgumentError } from "@npskit/core";
import type { CodeCell, Notebook } from "./notebook.js";

/** papermill's tags: the cell holding the defaults, and the cell a run inserts after it. */
export const PARAMETERS_TAG = "parameters";
export const INJECTED_PARAMETERS_TAG = "injected-parameters";

/** A parameter value: `--param name=value` gives a string; numbers, booleans and null are recognised. */
export type ParameterValue = string | number | boolean | null;

/**
 * Applies parameters the papermill way: a new code cell tagged `injected-parameters` that re-declares each
 * one, right after the cell tagged `parameters` (or first, when there is none). An injected cell left by an
 * earlier run is removed first. Returns a new notebook; the input is not changed. Names must be identifiers.
 *
 * @example
 * injectParameters(nb, { period: "2026-10" }) // adds: const period = "2026-10";
 */
export function injectParameters(
  notebook: Notebook,
  parameters: Readonly<Record<string, ParameterValue>>,
): Notebook {
  const names = Object.keys(parameters);
  const cells = notebook.cells.filter((cell) => !hasTag(cell, INJECTED_PARAMETERS_TAG));
  if (names.length === 0) return { ...notebook, cells };
  for (const name of names) {
    if (!/^[A-Za-z_$][\w$]*$/.test(name))
      throw new InvalidArgumentError(`parameter name "${name}" is not a valid identifier`);
  }
  const source = [
    "// Parameters injected by npskit notebook run",
    ...names.map((name) => `const ${name} = ${JSON.stringify(parameters[name])};`),
  ].join("\n");
  const injected: CodeCell = {
    id: "injected-parameters",
    cell_type: "code",
    metadata: { tags: [INJECTED_PARAMETERS_TAG] },
    source,
    execution_count: null,
    outputs: [],
  };
  const at = cells.findIndex((cell) => hasTag(cell, PARAMETERS_TAG));
  cells.splice(at + 1, 0, injected);
  return { ...notebook, cells };
}

/** `name=value` from the command line: a number, `true`/`false`/`null`, else the text as written. */
export function parseParameter(text: string): [string, ParameterValue] {
  const at = text.indexOf("=");
  if (at <= 0)
    throw new InvalidArgumentError(`--param ${text}: expected name=value (for example period=2026-10)`);
  const name = text.slice(0, at).trim();
  const value = text.slice(at + 1);
  if (value === "true" || value === "false") return [name, value === "true"];
  if (value === "null") return [name, null];
  if (/^-?\d+(\.\d+)?$/.test(value)) return [name, Number(value)];
  return [name, value];
}

function hasTag(cell: { metadata: { tags?: string[] } }, tag: string): boolean {
  return cell.metadata.tags?.includes(tag) ?? false;
}
