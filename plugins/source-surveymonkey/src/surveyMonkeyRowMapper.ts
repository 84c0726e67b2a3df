import { createCellMapper, type ParsedDateTime, type RowMapper, trimmedCell } from "@npskit/source-csv";
import type { NpsLayout } from "./findNpsQuestion.js";
import { isEmailAddress } from "./isEmailAddress.js";
import { type NpsCoding, type ParsedNpsAnswer, parseNpsAnswer } from "./parseNpsAnswer.js";
import type { SegmentColumn } from "./resolveSegments.js";
import type { SurveyMonkeyHeader } from "./surveyMonkeyHeader.js";

/** Everything the row mapper needs, decided once from the header rows and the first data rows. */
export interface RowMapperOptions {
  readonly header: SurveyMonkeyHeader;
  readonly nps: NpsLayout;
  readonly coding: NpsCoding;
  /** 0-based comment column, if any. */
  readonly comment: number | undefined;
  readonly segments: readonly SegmentColumn[];
  readonly parseDate: (text: string) => ParsedDateTime;
  /** The file as the user named it, for locations. */
  readonly file: string;
  /** Prefix of ids made from line numbers for rows without a Respondent ID (the file's base name). */
  readonly idPrefix: string;
  /** Value of each response's `source`. */
  readonly source: string;
}

/**
 * Makes the function that turns one data row of a SurveyMonkey export — CSV or XLSX alike, as text cells —
 * into a candidate response: `id` from Respondent ID (kept as text; `<file>:<line>` when empty), `score` from
 * the NPS answer (empty → `null`, unanswered), `submittedAt` from End Date (else Start Date) in the time zone,
 * `comment`, `segments` (empty values left out), `respondent` (a valid Email Address, First + Last Name) and
 * `source`. A cell that cannot be read rejects the row with its line and 1-based column number; `raw` maps
 * each header name to its cell. Rows of empty cells only are skipped.
 *
 * @example
 * const map = createRowMapper(options);
 * map({ fields: ["19085864118", …, "Extremely likely - 11", …], line: 9 })
 * // { rejection: { reason: 'not an NPS answer: "Extremely likely - 11" ends in 11, but the scale ends at 10',
 * //   location: { file: "acme.csv", line: 9, column: 10 }, raw: { "Respondent ID": "19085864118", … } } }
 */
export function createRowMapper(options: RowMapperOptions): RowMapper {
  const { header, nps, coding, comment, segments, parseDate, file, idPrefix, source } = options;
  const { names, fixed } = header;
  const idAt = fixed["Respondent ID"];
  const endAt = fixed["End Date"];
  const startAt = fixed["Start Date"];
  const emailAt = fixed["Email Address"];
  const nameAt = [fixed["First Name"], fixed["Last Name"]].filter((at) => at !== undefined);
  const dateColumns = (["End Date", "Start Date"] as const).filter((name) => fixed[name] !== undefined);
  const noDate = `no date: ${dateColumns.join(" and ")} ${dateColumns.length > 1 ? "are" : "is"} empty`;

  const readScore = (fields: readonly string[]): { at: number; answer: ParsedNpsAnswer } => {
    if (nps.kind === "single") return { at: nps.column, answer: parseNpsAnswer(fields[nps.column]!, coding) };
    const chosen = nps.columns.filter(({ column }) => fields[column]!.trim() !== "");
    if (chosen.length <= 1)
      return { at: nps.columns[0]!.column, answer: { score: chosen[0]?.score ?? null } };
    const scores = chosen.map((c) => c.score).join(", ");
    return { at: chosen[0]!.column, answer: { error: `several NPS choices are marked (${scores})` } };
  };

  // Problems name 1-based column numbers: SurveyMonkey's column names are whole questions.
  return createCellMapper({ file, names }, (fields, line, problem) => {
    const { at: scoreAt, answer } = readScore(fields);
    if ("error" in answer) problem(scoreAt + 1, answer.error);
    const end = trimmedCell(fields, endAt);
    // End Date is when the response was submitted; a partial response may only have its Start Date.
    const useStart = endAt === undefined || (end === "" && trimmedCell(fields, startAt) !== "");
    const dateAt = (useStart ? startAt : endAt)!;
    const dateText = trimmedCell(fields, dateAt);
    const date = dateText === "" ? { error: noDate } : parseDate(dateText);
    if ("error" in date) problem(dateAt + 1, date.error);

    const response: Record<string, unknown> = {
      id: trimmedCell(fields, idAt) || `${idPrefix}:${line}`,
      score: "score" in answer ? answer.score : null,
      submittedAt: "value" in date ? date.value : dateText,
    };
    const text = trimmedCell(fields, comment);
    if (text !== "") response.comment = text;
    let values: Record<string, string> | undefined;
    for (const segment of segments) {
      let value = trimmedCell(fields, segment.column);
      if (value === "" && segment.other !== undefined && trimmedCell(fields, segment.other.column) !== "") {
        value = segment.other.label;
      }
      if (value === "") continue;
      values ??= {};
      values[segment.name] = value;
    }
    if (values !== undefined) response.segments = values;
    const respondent: Record<string, string> = {};
    const email = trimmedCell(fields, emailAt);
    if (email !== "" && isEmailAddress(email)) respondent.email = email;
    const name = nameAt
      .map((at) => trimmedCell(fields, at))
      .filter((part) => part !== "")
      .join(" ");
    if (name !== "") respondent.name = name;
    if (Object.keys(respondent).length > 0) response.respondent = respondent;
    response.source = source;
    return response;
  });
}
