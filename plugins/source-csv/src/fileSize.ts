import { stat } from "node:fs/promises";
import { fileError } from "@npskit/core";

/** Size of the file at `path`, or `undefined` when it is not a regular file (a pipe, a device). */
export async function fileSize(path: string): Promise<number | undefined> {
  try {
    const stats = await stat(path);
    if (stats.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
    return stats.isFile() ? stats.size : undefined;
  } catch (error) {
    throw fileError(path, error);
  }
}
