import { readFile } from "node:fs/promises";
import { InputError } from "@npskit/core";
import type { Notebook } from "./notebook.js";
import { parseNotebook } from "./parseNotebook.js";

/** Reads and checks a `.npsnb` file; a missing or unreadable file is an {@link InputError} naming it. */
export async function readNotebook(file: string): Promise<Notebook> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
    throw new InputError(`${file}: cannot read the notebook: ${reason}`, {
      location: { file },
      cause: error,
    });
  }
  return parseNotebook(text, file);
}
