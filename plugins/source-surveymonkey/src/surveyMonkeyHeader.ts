import { InputError } from "@npskit/core";
import { normalizeText } from "./normalizeText.js";

/** The leading columns every SurveyMonkey export has, found by name (the export lets users drop some). */
export const FIXED_COLUMNS = [
  "Respondent ID",
  "Collector ID",
  "Start Date",
  "End Date",
  "IP Address",
  "Email Address",
  "First Name",
  "Last Name",
] as const;

/** One of {@link FIXED_COLUMNS}. */
export type FixedColumn = (typeof FIXED_COLUMNS)[number];

/** A question of the survey: its text (row 1) and the columns it spans, each with its sub-header (row 2). */
export interface SurveyQuestion {
  readonly text: string;
  /** 0-based indices of its columns: the first holds the text, the others have an empty row-1 cell. */
  readonly columns: readonly number[];
  /** Row-2 cells of those columns: "Response", "Open-Ended Response", a choice label, a comment prompt… */
  readonly subHeaders: readonly string[];
}

/** A `Custom Data N` column (values passed in the survey link), possibly named by its row-2 cell. */
export interface CustomDataColumn {
  /** "Custom Data 1" as written in row 1. */
  readonly name: string;
  /** The variable name in row 2 when the export gives one, else "". */
  readonly variable: string;
  readonly index: number;
}

/** The model of an export's two header rows. */
export interface SurveyMonkeyHeader {
  /** Number of columns. */
  readonly width: number;
  /**
   * A unique name per column, used as the keys of each record's `raw` object: the fixed column's name, the
   * question text for a one-column question, else "question text [sub-header]".
   */
  readonly names: readonly string[];
  /** 0-based index of each fixed column present. */
  readonly fixed: Readonly<Partial<Record<FixedColumn, number>>>;
  readonly customData: readonly CustomDataColumn[];
  readonly questions: readonly SurveyQuestion[];
}

const FIXED_BY_KEY = new Map<string, FixedColumn>(FIXED_COLUMNS.map((name) => [normalizeText(name), name]));
const CUSTOM_DATA = /^custom data(?: \d+)?$/;

/**
 * Builds the model of a SurveyMonkey export from its two header rows: row 1 holds question texts (empty in a
 * question's continuation columns), row 2 the sub-headers. Fixed columns (`Respondent ID`, `End Date`, …,
 * `Custom Data N`) are recognised by name wherever they are — by name and an empty row-2 cell, so that a
 * question that happens to be titled "Email Address" stays a question. Throws an `InputError` when row 2
 * holds data (a one-header-row CSV) or when there is no date column to read.
 *
 * @example
 * readSurveyMonkeyHeader(["Respondent ID", "End Date", "How likely…?", ""], ["", "", "Response", "Why?"], "a.csv")
 * // { width: 4, fixed: { "Respondent ID": 0, "End Date": 1 },
 * //   questions: [{ text: "How likely…?", columns: [2, 3], subHeaders: ["Response", "Why?"] }], … }
 */
export function readSurveyMonkeyHeader(
  first: readonly string[],
  second: readonly string[],
  file: string,
): SurveyMonkeyHeader {
  checkOneHeaderRow(file, first, second);
  const width = Math.max(first.length, second.length);
  const fixed: Partial<Record<FixedColumn, number>> = {};
  const customData: CustomDataColumn[] = [];
  const questions: { text: string; columns: number[]; subHeaders: string[] }[] = [];
  const names: string[] = [];
  let current: (typeof questions)[number] | undefined;

  for (let index = 0; index < width; index++) {
    const title = (first[index] ?? "").trim();
    const sub = (second[index] ?? "").trim();
    const key = normalizeText(title);
    const fixedName = FIXED_BY_KEY.get(key);
    if (CUSTOM_DATA.test(key)) {
      customData.push({ name: title, variable: sub, index });
      current = undefined;
    } else if (sub === "" && fixedName !== undefined && fixed[fixedName] === undefined) {
      fixed[fixedName] = index;
      current = undefined;
    } else if (title !== "") {
      current = { text: title, columns: [index], subHeaders: [sub] };
      questions.push(current);
    } else if (current !== undefined) {
      current.columns.push(index);
      current.subHeaders.push(sub);
    }
    // Otherwise an unnamed column outside any question: kept in `raw` as "column N", never read.
  }

  for (let index = 0; index < width; index++) names.push(`column ${index + 1}`);
  for (const [name, index] of Object.entries(fixed)) names[index] = name;
  for (const column of customData) names[column.index] = column.name;
  for (const question of questions) {
    const text = question.text.replace(/\s+/g, " ");
    question.columns.forEach((index, i) => {
      const sub = question.subHeaders[i]!.replace(/\s+/g, " ");
      names[index] = question.columns.length === 1 ? text : `${text} [${sub}]`;
    });
  }
  checkDates(file, first, fixed);
  return { width, names: unique(names), fixed, customData, questions };
}

/**
 * A plain CSV with one header row would have its first data row taken for sub-headers: its respondent id or
 * date sits in row 2, under a fixed column's name (which, with a non-empty row-2 cell, is not recognised as
 * fixed — so look at row 1 directly).
 */
function checkOneHeaderRow(file: string, first: readonly string[], second: readonly string[]): void {
  for (let index = 0; index < first.length; index++) {
    const name = FIXED_BY_KEY.get(normalizeText(first[index]!));
    const value = (second[index] ?? "").trim();
    const data =
      name === "Respondent ID"
        ? /^\d+$/.test(value)
        : (name === "Start Date" || name === "End Date") && /\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/.test(value);
    if (data) {
      throw new InputError(
        `${file}: row 2 holds data (${JSON.stringify(value)} under ${JSON.stringify(first[index]!.trim())}), ` +
          `not SurveyMonkey's sub-headers: a file with one header row is a plain CSV (read it with the csv ` +
          `source, --format csv)`,
        { location: { file, line: 2, column: index + 1 } },
      );
    }
  }
}

function checkDates(
  file: string,
  first: readonly string[],
  fixed: Partial<Record<FixedColumn, number>>,
): void {
  if (fixed["End Date"] === undefined && fixed["Start Date"] === undefined) {
    const shown = first
      .slice(0, 6)
      .map((cell) => JSON.stringify(cell.trim()))
      .join(", ");
    throw new InputError(
      `${file} has no "End Date" or "Start Date" column, so it is not a SurveyMonkey export as downloaded ` +
        `(row 1 starts ${shown}); export it again with the respondent columns, or read it with the csv source`,
      { location: { file, line: 1 } },
    );
  }
}

/** Names made unique by their column number, so that two equal question texts keep both cells in `raw`. */
function unique(names: string[]): string[] {
  const count = new Map<string, number>();
  for (const name of names) count.set(name, (count.get(name) ?? 0) + 1);
  return names.map((name, index) => (count.get(name)! > 1 ? `${name} (column ${index + 1})` : name));
}
