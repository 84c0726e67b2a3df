import { InputError, NpskitError } from "./errors.js";

/**
 * The error to throw for a failure while reading `path`: npskit errors pass through; file-system errors
 * become an {@link InputError} (NPSKIT_E_INPUT) that says in words what is wrong, with the original as `cause`.
 * Pure: it only reads the error's `code`. Shared by every file-reading source so their messages agree.
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
