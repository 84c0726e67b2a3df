import type { CsvRow } from "./csvRow.js";
import type { RowMapper } from "./mappedRow.js";

/** The columns of a file as {@link createCellMapper} needs them. */
export interface CellMapperColumns {
  /** The file as the user named it, for locations. */
  readonly file: string;
  /** One unique name per column, in order: the keys of each record's `raw`; their count is the row width. */
  readonly names: readonly string[];
}

/**
 * Reports a cell that cannot be read: `column` is the column's name, or its 1-based number (then written
 * "column 3" when several problems are joined). The row still goes on being read, so that one rejection
 * names every bad cell.
 */
export type CellProblem = (column: string | number, reason: string) => void;

/**
 * Reads the cells of one data row, already checked for blankness and width, into a candidate response (the
 * pipeline validates it). Calls `problem`, while it runs, for each cell it cannot read; what it returns is
 * dropped then.
 */
export type CellReader = (
  fields: readonly string[],
  line: number,
  problem: CellProblem,
) => Record<string, unknown>;

/**
 * Makes a {@link RowMapper} out of the part only your source knows — how cells become a response — by doing
 * the part every row-based source needs: a row of empty cells is not a record (`null`); a row with another
 * number of fields than the header is a rejection; every other row carries `raw` (header name → cell) and its
 * location `{ file, line }`; the problems `read` reports become one rejection located at the first bad
 * column, its reason alone or, for several, each prefixed by its column and joined with "; ".
 *
 * @example
 * const map = createCellMapper({ file: "a.csv", names: ["id", "score"] }, (fields, line, problem) => {
 *   const score = Number(fields[1]);
 *   if (!Number.isInteger(score)) problem("score", `not a score: ${JSON.stringify(fields[1])}`);
 *   return { id: fields[0], score, submittedAt: "2026-10-01T09:00:00Z" };
 * });
 * map({ fields: ["7", "x"], line: 3 })
 * // { rejection: { raw: { id: "7", score: "x" }, reason: 'not a score: "x"', location: { file: "a.csv", line: 3, column: "score" } } }
 */
export function createCellMapper(columns: CellMapperColumns, read: CellReader): RowMapper {
  const { file, names } = columns;
  const width = names.length;
  // One list for the mapper, emptied per row: rows are mapped one at a time, and most have no problem.
  const problems: { column: string | number; reason: string }[] = [];
  const problem: CellProblem = (column, reason) => {
    problems.push({ column, reason });
  };

  return ({ fields, line }: CsvRow) => {
    if (isBlank(fields)) return null;
    if (fields.length !== width) {
      return {
        rejection: {
          raw: fields,
          reason: `wrong number of fields: the row has ${fields.length}, the header has ${width}`,
          location: { file, line },
        },
      };
    }
    const raw: Record<string, string> = {};
    for (let i = 0; i < width; i++) raw[names[i]!] = fields[i]!;
    problems.length = 0;
    const response = read(fields, line, problem);
    if (problems.length > 0) {
      const first = problems[0]!;
      const reason =
        problems.length === 1
          ? first.reason
          : problems.map((p) => `${label(p.column)}: ${p.reason}`).join("; ");
      return { rejection: { raw, reason, location: { file, line, column: first.column } } };
    }
    return { record: { response, location: { file, line }, raw } };
  };
}

/** A column as a joined reason names it: by name, or "column 3" by number. */
function label(column: string | number): string {
  return typeof column === "number" ? `column ${column}` : column;
}

/** Whether every cell is empty or spaces: the rows spreadsheets leave below a table (`;;;;`). */
function isBlank(fields: readonly string[]): boolean {
  for (const field of fields) if (field !== "" && field.trim() !== "") return false;
  return true;
}
