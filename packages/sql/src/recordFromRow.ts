import type { ErrorLocation, SourceRecord } from "@npskit/core";
import type { TableColumns } from "./tableColumns.js";

/** Name of the column the read and sample statements give the submitted-at instant in, as UTC ISO 8601 text. */
export const SUBMITTED_AT = "npskit_submitted_at";

/**
 * One table row as a candidate response (`response.schema.json`), the way every SQL source maps it: the
 * score as a number (NULL or empty = unanswered), the instant from {@link SUBMITTED_AT} (or the raw value
 * when the engine could not read it, so validation rejects it saying why), segments as text with NULL and
 * empty values left out, drivers as numbers, respondent fields when present. The pushdown statements count
 * exactly what this accepts, which is what makes both paths agree.
 *
 * @param row - values by column name, as the driver returns them (strings, numbers, bigints, booleans, null)
 */
export function recordFromRow(
  row: Readonly<Record<string, unknown>>,
  table: TableColumns,
  location: ErrorLocation,
): SourceRecord {
  const { fields } = table;
  const get = (field: keyof typeof fields) => {
    const column = fields[field];
    return column === undefined ? undefined : row[column];
  };
  const response: Record<string, unknown> = {
    id: textOf(get("id")) ?? "",
    score: scoreOf(get("score")),
    submittedAt: textOf(row[SUBMITTED_AT]) ?? textOf(get("submittedAt")) ?? "",
  };
  const comment = textOf(get("comment"));
  if (comment !== undefined) response.comment = comment;
  const locale = textOf(get("locale"));
  if (locale !== undefined) response.locale = locale;
  const segments: Record<string, string> = {};
  for (const column of table.segments) {
    const value = textOf(row[column]);
    if (value !== undefined) segments[column] = value;
  }
  if (Object.keys(segments).length > 0) response.segments = segments;
  if (table.drivers.length > 0) {
    const drivers: Record<string, unknown> = {};
    for (const column of table.drivers) drivers[column] = numberOf(row[column]);
    response.drivers = drivers;
  }
  const respondent: Record<string, unknown> = {};
  for (const field of ["email", "name", "externalId"] as const) {
    const value = textOf(get(field));
    if (value !== undefined) respondent[field] = value;
  }
  const consent = get("consentToContact");
  if (consent !== undefined && consent !== null) respondent.consentToContact = consent;
  if (Object.keys(respondent).length > 0) response.respondent = respondent;
  return { response, location, raw: row };
}

/** Text of a value; NULL and empty text are absent. */
function textOf(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  const text = typeof value === "string" ? value : String(value);
  return text === "" ? undefined : text;
}

/** A score as a number; NULL or blank is unanswered; text that is not a number stays text, for validation to reject. */
function scoreOf(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return value;
  if (typeof value === "bigint") return Number(value);
  const text = String(value).trim();
  if (text === "") return null;
  const number = Number(text);
  return Number.isFinite(number) ? number : text;
}

function numberOf(value: unknown): number | null {
  if (value === null || value === undefined || value === "") return null;
  const number = typeof value === "number" ? value : Number(value);
  return Number.isFinite(number) ? number : null;
}
