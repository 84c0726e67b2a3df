import { KERNELSPEC, LANGUAGE_INFO } from "./kernelspec.js";
import type { Notebook } from "./notebook.js";

/** A notebook with no cells and npskit's kernelspec: what a new `.npsnb` file starts as. */
export function emptyNotebook(): Notebook {
  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: { kernelspec: { ...KERNELSPEC }, language_info: { ...LANGUAGE_INFO } },
    cells: [],
  };
}
