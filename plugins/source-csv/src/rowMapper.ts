import type { ErrorLocation, SourceRecord } from "@npskit/core";
import type { MappedField } from "./columnAliases.js";
import type { CsvRow } from "./csvRow.js";
import type { HeaderMapping } from "./headerMapping.js";
import { parseBoolean } from "./parseBoolean.js";
import type { ParsedDateTime } from "./parseDateTime.js";
import { parseDecimal } from "./parseDecimal.js";
import { parseScore } from "./parseScore.js";

/** What {@link createRowMapper} needs. */
export interface RowMapperOptions {
  readonly mapping: HeaderMapping;
  /** The file as the user named it, for locations. */
  readonly file: string;
  /** Prefix of ids made from line numbers when the file has no id column (the file's base name). */
  readonly idPrefix: string;
  readonly parseDate: (text: string) => ParsedDateTime;
  /** Value of the response's `source` field. */
  readonly source: string;
}

/** A row the source cannot turn into a candidate response, with what `ctx.reject` needs. */
export interface RowRejection {
  readonly raw: unknown;
  readonly reason: string;
  readonly location: ErrorLocation;
}

/** A candidate response, a rejection, or `null` for a row whose cells are all empty (not a record). */
export type MappedRow = { readonly record: SourceRecord } | { readonly rejection: RowRejection } | null;

/**
 * Makes the function that turns a data row into a candidate response for the pipeline to validate. Each cell
 * is read by its column's role: the score (empty → unanswered), the date (→ RFC 3339 with an offset), the id
 * (or `<file>:<line>`), the comment, segments (trimmed, empty ones omitted), drivers (numbers, a decimal
 * comma allowed; empty → null), and the respondent fields. A row with the wrong number of fields or a cell
 * that cannot be read is a rejection naming the column; the raw row (header → cell) travels with both.
 * Rows of empty cells only (`;;;;` at the end of an Excel sheet) are skipped.
 *
 * @example
 * const map = createRowMapper({ mapping, file: "data.csv", idPrefix: "data.csv", parseDate, source: "npskit:csv" });
 * map({ fields: ["7", "2026-10-01T09:00:00Z", "11"], line: 8 })
 * // { rejection: { reason: 'not a score: "11" is not a whole number from 0 to 10',
 * //   location: { file: "data.csv", line: 8, column: "score" }, raw: { id: "7", date: "2026-…", score: "11" } } }
 */
export function createRowMapper(options: RowMapperOptions): (row: CsvRow) => MappedRow {
  const { mapping, file, idPrefix, parseDate, source } = options;
  const { names, fields: columns, segments, drivers } = mapping;
  const width = names.length;
  const at = (field: MappedField) => columns[field];
  const [scoreAt, dateAt, idAt, commentAt, localeAt, consentAt] = [
    at("score")!,
    at("submittedAt")!,
    at("id"),
    at("comment"),
    at("locale"),
    at("consentToContact"),
  ];
  // Built once: the mapper runs for every row, so it allocates only what it returns.
  const respondentText = (["email", "name", "externalId"] as const).flatMap((key) => {
    const index = at(key);
    return index === undefined ? [] : [[key, index] as const];
  });
  const hasRespondent = respondentText.length > 0 || consentAt !== undefined;

  return ({ fields, line }) => {
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
    let problems: { column: string; reason: string }[] | undefined;
    const problem = (index: number, reason: string) => {
      problems ??= [];
      problems.push({ column: names[index]!, reason });
    };

    const score = parseScore(fields[scoreAt]!);
    if ("error" in score) problem(scoreAt, score.error);
    const dateText = fields[dateAt]!.trim();
    const date = dateText === "" ? { error: "no date: the cell is empty" } : parseDate(dateText);
    if ("error" in date) problem(dateAt, date.error);

    const response: Record<string, unknown> = {
      id: cell(fields, idAt) || `${idPrefix}:${line}`,
      score: "score" in score ? score.score : null,
      submittedAt: "value" in date ? date.value : dateText,
    };
    const comment = cell(fields, commentAt);
    if (comment !== "") response.comment = comment;
    if (segments.length > 0) {
      let values: Record<string, string> | undefined;
      for (const index of segments) {
        const value = fields[index]!.trim();
        if (value === "") continue;
        values ??= {};
        values[names[index]!] = value;
      }
      if (values !== undefined) response.segments = values;
    }
    if (drivers.length > 0) {
      const values: Record<string, number | null> = {};
      for (const index of drivers) {
        const value = parseDecimal(fields[index]!);
        if (value === undefined) problem(index, `not a number: ${JSON.stringify(fields[index]!.trim())}`);
        else values[names[index]!] = value;
      }
      response.drivers = values;
    }
    if (hasRespondent) {
      const respondent: Record<string, unknown> = {};
      let any = false;
      for (const [key, index] of respondentText) {
        const value = fields[index]!.trim();
        if (value === "") continue;
        respondent[key] = value;
        any = true;
      }
      if (consentAt !== undefined) {
        const consent = parseBoolean(fields[consentAt]!);
        if (consent === undefined) {
          const value = JSON.stringify(fields[consentAt]!.trim());
          problem(consentAt, `not yes or no: ${value} (yes/no, true/false, 1/0, да/нет)`);
        } else if (consent !== null) {
          respondent.consentToContact = consent;
          any = true;
        }
      }
      if (any) response.respondent = respondent;
    }
    const locale = cell(fields, localeAt);
    if (locale !== "") response.locale = locale;
    response.source = source;

    if (problems !== undefined) {
      const first = problems[0]!;
      const reason =
        problems.length === 1 ? first.reason : problems.map((p) => `${p.column}: ${p.reason}`).join("; ");
      return { rejection: { raw, reason, location: { file, line, column: first.column } } };
    }
    return { record: { response, location: { file, line }, raw } };
  };
}

/** The trimmed cell of an optional column ("" when the file has no such column). */
function cell(fields: readonly string[], index: number | undefined): string {
  return index === undefined ? "" : fields[index]!.trim();
}

/** Whether every cell is empty or spaces: the rows Excel leaves below a table. */
function isBlank(fields: readonly string[]): boolean {
  for (const field of fields) if (field !== "" && field.trim() !== "") return false;
  return true;
}
