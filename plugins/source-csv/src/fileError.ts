import { stat } from "node:fs/promises";
import { InputError, NpskitError } from "@npskit/core";

/**
 * The error to throw for a failure while reading `path`: npskit errors pass through; file-system errors
 * become an `InputError` (NPSKIT_E_INPUT) that says in words what is wrong, with the original as `cause`.
 *
 * @example
 * fileError("data.csv", Object.assign(new Error("…"), { code: "ENOENT" })).message // "cannot read data.csv: no such file"
 */
export function fileError(path: string, error: unknown): Error {
  if (error instanceof NpskitError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const why =
    code === "ENOENT"
      ? "no such file"
      : code === "EISDIR"
        ? "it is a folder"
        : code === "EACCES" || code === "EPERM"
          ? "permission denied"
          : error instanceof Error
            ? error.message
            : String(error);
  return new InputError(`cannot read ${path}: ${why}`, { location: { file: path }, cause: error });
}

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
