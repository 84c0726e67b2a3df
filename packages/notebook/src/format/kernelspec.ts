import type { Notebook } from "./notebook.js";

/** The file extension of npskit notebooks. */
export const NOTEBOOK_EXTENSION = ".npsnb";

/** The kernelspec written into every `.npsnb`: Jupyter front ends show the name and highlight TypeScript. */
export const KERNELSPEC: Notebook["metadata"]["kernelspec"] = {
  name: "npskit",
  display_name: "npskit (TypeScript)",
  language: "typescript",
};

/** The language_info written into every `.npsnb`. */
export const LANGUAGE_INFO: Notebook["metadata"]["language_info"] = {
  name: "typescript",
  file_extension: ".ts",
  mimetype: "text/typescript",
};
