import { createCellMapper } from "./cellMapper.js";
import type { MappedField } from "./columnAliases.js";
import type { HeaderMapping } from "./headerMapping.js";
import type { RowMapper } from "./mappedRow.js";
import { parseBoolean } from "./parseBoolean.js";
import type { ParsedDateTime } from "./parseDateTime.js";
import { parseDecimal } from "./parseDecimal.js";
import { parseScore } from "./parseScore.js";
import { trimmedCell } from "./trimmedCell.js";

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
export function createRowMapper(options: RowMapperOptions): RowMapper {
  const { mapping, file, idPrefix, parseDate, source } = options;
  const { names, fields: columns, segments, segmentNames, drivers, driverNames } = mapping;
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

  return createCellMapper({ file, names }, (fields, line, problem) => {
    const score = parseScore(fields[scoreAt]!);
    if ("error" in score) problem(names[scoreAt]!, score.error);
    const dateText = fields[dateAt]!.trim();
    const date = dateText === "" ? { error: "no date: the cell is empty" } : parseDate(dateText);
    if ("error" in date) problem(names[dateAt]!, date.error);

    const response: Record<string, unknown> = {
      id: trimmedCell(fields, idAt) || `${idPrefix}:${line}`,
      score: "score" in score ? score.score : null,
      submittedAt: "value" in date ? date.value : dateText,
    };
    const comment = trimmedCell(fields, commentAt);
    if (comment !== "") response.comment = comment;
    if (segments.length > 0) {
      let values: Record<string, string> | undefined;
      segments.forEach((index, at) => {
        const value = fields[index]!.trim();
        if (value === "") return;
        values ??= {};
        values[segmentNames[at]!] = value;
      });
      if (values !== undefined) response.segments = values;
    }
    if (drivers.length > 0) {
      const values: Record<string, number | null> = {};
      drivers.forEach((index, at) => {
        const value = parseDecimal(fields[index]!);
        if (value === undefined)
          problem(names[index]!, `not a number: ${JSON.stringify(fields[index]!.trim())}`);
        else values[driverNames[at]!] = value;
      });
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
          problem(names[consentAt]!, `not yes or no: ${value} (yes/no, true/false, 1/0, да/нет)`);
        } else if (consent !== null) {
          respondent.consentToContact = consent;
          any = true;
        }
      }
      if (any) response.respondent = respondent;
    }
    const locale = trimmedCell(fields, localeAt);
    if (locale !== "") response.locale = locale;
    response.source = source;
    return response;
  });
}
