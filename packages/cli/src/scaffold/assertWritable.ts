import { readdir, stat } from "node:fs/promises";
import { UsageError } from "@npskit/core";

/**
 * Refuses a path that is a file, or a folder with anything in it but `.git` (a fresh `git init` is fine),
 * unless `force`. A missing folder is fine: it will be created.
 *
 * @throws {UsageError} naming the folder and the way out (`hint`, e.g. "choose another folder with --dir").
 */
export async function assertWritable(directory: string, force: boolean, hint: string): Promise<void> {
  const found = await stat(directory).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return undefined;
    throw error;
  });
  if (found === undefined) return;
  if (!found.isDirectory()) throw new UsageError(`${directory} is a file: ${hint}`);
  const entries = (await readdir(directory)).filter((entry) => entry !== ".git");
  if (entries.length > 0 && !force) {
    throw new UsageError(
      `${directory} is not empty: ${hint}, or pass --force to write into it (files of the same names are replaced)`,
    );
  }
}
