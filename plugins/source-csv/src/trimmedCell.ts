/**
 * The trimmed cell of an optional column: `""` when the file has no such column (`index` undefined), so that
 * "no column" and "an empty cell" read alike.
 *
 * @example
 * trimmedCell([" 9 ", "Berlin"], 0)        // "9"
 * trimmedCell([" 9 ", "Berlin"], undefined) // ""
 */
export function trimmedCell(fields: readonly string[], index: number | undefined): string {
  return index === undefined ? "" : fields[index]!.trim();
}
