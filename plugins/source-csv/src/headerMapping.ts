import { ConfigError, InputError, type ValidationIssue } from "@npskit/core";
import {
  COLUMN_ALIASES,
  MAPPED_FIELDS,
  type MappedField,
  normalizeHeader,
  SCORE_QUESTION_WORDS,
} from "./columnAliases.js";

/** Which columns mean what: the column options of the CSV source. */
export interface ColumnOptions {
  /** Column name for each response field; fields not given are found by their usual names. */
  readonly columns?: Readonly<Partial<Record<MappedField, string>>>;
  /**
   * Columns that become segments: a list of column names (each segment named as its column), or an object
   * naming each segment after the column it is read from, `{ plan: "Which plan are you on?" }`.
   * @default every column not mapped, ignored or a driver
   */
  readonly segments?: ColumnList;
  /** Columns to leave out of segments. */
  readonly ignore?: readonly string[];
  /**
   * Numeric rating columns (support, price…) that become `drivers`: a list of column names, or an object
   * naming each driver after its column, `{ support: "How would you rate our support?" }`.
   */
  readonly drivers?: ColumnList;
}

/** Column names, or names given to columns: `["region"]`, `{ region: "Where are you based?" }`. */
export type ColumnList = readonly string[] | Readonly<Record<string, string>>;

/** The meaning of each column of a file, by column index. */
export interface HeaderMapping {
  /** Column names, trimmed, never empty ("column 4"), unique ("region (2)"): the keys of a row's raw object. */
  readonly names: readonly string[];
  /** Index of the column of each mapped field, when the file has one. */
  readonly fields: Readonly<Partial<Record<MappedField, number>>>;
  /** Fields whose column was found by name rather than given in `columns`. */
  readonly detected: readonly MappedField[];
  readonly segments: readonly number[];
  /** The name of each segment in `segments`, in the same order: its column's, unless the options rename it. */
  readonly segmentNames: readonly string[];
  readonly drivers: readonly number[];
  /** The name of each driver in `drivers`, in the same order. */
  readonly driverNames: readonly string[];
}

/** Longest segment or driver name the response schema allows. */
export const MAX_NAME = 128;

/**
 * Maps a header row to response fields. Names are matched ignoring case, spaces, underscores, hyphens,
 * punctuation and notes in parentheses. Given names must exist (a {@link ConfigError} lists every one
 * missing, with the columns found), a column may have one role only, and a score and a date column must be
 * found (an {@link InputError} says which names were tried and which option to set). Without an id column,
 * ids come from the line number.
 *
 * @example
 * mapHeader(["ID", "Submitted at", "NPS", "Region"], {}, "data.csv", 1)
 * // { names: ["ID", "Submitted at", "NPS", "Region"], fields: { score: 2, submittedAt: 1, id: 0 },
 * //   detected: ["score", "submittedAt", "id"], segments: [3], segmentNames: ["Region"], drivers: [],
 * //   driverNames: [] }
 */
export function mapHeader(
  cells: readonly string[],
  options: ColumnOptions,
  file: string,
  line: number,
): HeaderMapping {
  const names = columnNames(cells);
  const normalized = names.map(normalizeHeader);
  const roles = new Map<number, string>();
  const issues: ValidationIssue[] = [];
  const columnList = names.map((name) => JSON.stringify(name)).join(", ");

  const claim = (name: string, role: string): number | undefined => {
    const index = findColumn(name, names, normalized);
    if (index === undefined) {
      issues.push({
        pointer: role,
        message: `column ${JSON.stringify(name)} is not in ${file} (its columns: ${columnList})`,
      });
      return undefined;
    }
    const previous = roles.get(index);
    if (previous !== undefined) {
      issues.push({
        pointer: role,
        message: `column ${JSON.stringify(names[index])} is already ${previous}`,
      });
      return undefined;
    }
    roles.set(index, role);
    return index;
  };

  const fields: Partial<Record<MappedField, number>> = {};
  for (const field of MAPPED_FIELDS) {
    const name = options.columns?.[field];
    if (name === undefined) continue;
    const index = claim(name, `columns.${field}`);
    if (index !== undefined) fields[field] = index;
  }
  // [name, column] pairs of a list or an object of names given to columns.
  const pairs = (list: ColumnList | undefined): [string, string][] =>
    list === undefined
      ? []
      : Array.isArray(list)
        ? list.map((column) => [column, column])
        : Object.entries(list);
  const listed = (key: "segments" | "drivers") => {
    const indices: number[] = [];
    const named: string[] = [];
    for (const [name, column] of pairs(options[key])) {
      const index = claim(column, key);
      if (index === undefined) continue;
      indices.push(index);
      named.push(Array.isArray(options[key]) ? names[index]! : name);
    }
    return { indices, named };
  };
  const segments = listed("segments");
  const drivers = listed("drivers");
  for (const column of options.ignore ?? []) claim(column, "ignore");
  if (issues.length > 0) throw new ConfigError(issues);

  const detected: MappedField[] = [];
  for (const field of MAPPED_FIELDS) {
    if (field in fields) continue;
    const index = findByAlias(field, normalized, roles);
    if (index === undefined) continue;
    roles.set(index, `columns.${field}`);
    fields[field] = index;
    detected.push(field);
  }
  for (const field of ["score", "submittedAt"] as const) {
    if (fields[field] !== undefined) continue;
    const what = field === "score" ? "score" : "date";
    const tried = COLUMN_ALIASES[field].slice(0, 6).join(", ");
    throw new InputError(
      `no ${what} column in ${file}: none of its columns (${columnList}) is named like one (${tried}…); ` +
        `set columns.${field} to the column's name`,
      { location: { file, line } },
    );
  }

  // Without a segments option, every column that has no other role is a segment, named as its column.
  const unlisted = names.flatMap((_, i) => (roles.has(i) ? [] : [i]));
  const segmentColumns =
    options.segments === undefined ? { indices: unlisted, named: unlisted.map((i) => names[i]!) } : segments;
  for (const [key, columns] of [
    ["segments", segmentColumns],
    ["drivers", drivers],
  ] as const) {
    columns.named.forEach((name, at) => {
      if (name.length <= MAX_NAME) return;
      const column = names[columns.indices[at]!]!;
      const hint =
        key === "segments" && options.segments === undefined
          ? "add it to ignore, or list the segments you want in segments"
          : `name it: ${key}: { ${JSON.stringify("a short name")}: ${JSON.stringify(column)} }`;
      throw new InputError(
        `column ${JSON.stringify(`${column.slice(0, 40)}…`)} of ${file} would be a ${key.slice(0, -1)}, but ` +
          `${key.slice(0, -1)} names are at most ${MAX_NAME} characters: ${hint}`,
        { location: { file, line, column } },
      );
    });
  }
  return {
    names,
    fields,
    detected,
    segments: segmentColumns.indices,
    segmentNames: segmentColumns.named,
    drivers: drivers.indices,
    driverNames: drivers.named,
  };
}

/** Trimmed header cells; empty ones named by position, repeated ones numbered, so every key is distinct. */
function columnNames(cells: readonly string[]): string[] {
  const seen = new Set<string>();
  return cells.map((cell, i) => {
    const base = cell.trim() === "" ? `column ${i + 1}` : cell.trim();
    let name = base;
    for (let k = 2; seen.has(name); k++) name = `${base} (${k})`;
    seen.add(name);
    return name;
  });
}

/** A column by exact (trimmed) name first, then by normalised name. */
function findColumn(
  name: string,
  names: readonly string[],
  normalized: readonly string[],
): number | undefined {
  const exact = names.indexOf(name.trim());
  if (exact >= 0) return exact;
  const loose = normalized.indexOf(normalizeHeader(name));
  return loose >= 0 ? loose : undefined;
}

function findByAlias(
  field: MappedField,
  normalized: readonly string[],
  roles: ReadonlyMap<number, string>,
): number | undefined {
  const free = (i: number) => i >= 0 && !roles.has(i);
  for (const alias of COLUMN_ALIASES[field]) {
    const index = normalized.findIndex((name, i) => name === alias && free(i));
    if (index >= 0) return index;
  }
  if (field !== "score") return undefined;
  const index = normalized.findIndex(
    (name, i) => free(i) && SCORE_QUESTION_WORDS.some((w) => name.includes(w)),
  );
  return index >= 0 ? index : undefined;
}
