import { basename } from "node:path";
import type { Logger } from "@npskit/core";
import { createDateTimeParser, type RowMapper } from "@npskit/source-csv";
import { shorten } from "./describeQuestion.js";
import { detectNpsCoding } from "./detectNpsCoding.js";
import { findCommentColumn } from "./findCommentColumn.js";
import { findNpsQuestion } from "./findNpsQuestion.js";
import { type NpsCoding, readNpsCell } from "./parseNpsAnswer.js";
import { resolveSegments } from "./resolveSegments.js";
import type { SurveyMonkeyHeader } from "./surveyMonkeyHeader.js";
import type { ResolvedSurveyMonkeyOptions } from "./surveyMonkeyOptions.js";
import { createRowMapper } from "./surveyMonkeyRowMapper.js";

/** How the NPS question was found, as the log says it. */
const FOUND_BY = { option: "the npsQuestion option", text: "its text", answers: "its 0–10 answers" } as const;

/** What {@link planExport} needs. */
export interface ExportPlanInput {
  readonly header: SurveyMonkeyHeader;
  /** The first data rows (up to 10,000), for finding the NPS question by its answers and its coding. */
  readonly sample: readonly (readonly string[])[];
  readonly options: ResolvedSurveyMonkeyOptions;
  readonly timeZone: string;
  readonly logger: Logger;
  /** Value of each response's `source`. */
  readonly source: string;
}

/**
 * Decides how an export's rows are read, once, from its header and first rows: the NPS question and its
 * coding, the comment column, the segments. Logs each decision at info level — which question is NPS and why,
 * which column is the comment — and warns when the coding is a guess, so that a surprising result can be
 * fixed with an option. Returns the row mapper.
 *
 * @example
 * const mapRow = planExport({ header, sample, options, timeZone: "UTC", logger, source: "npskit:surveymonkey" });
 */
export function planExport(input: ExportPlanInput): RowMapper {
  const { header, sample, options, timeZone, logger, source } = input;
  const file = options.path;
  const nps = findNpsQuestion({ header, sample, option: options.npsQuestion, file });
  const how = FOUND_BY[nps.foundBy];

  let coding: NpsCoding = options.coding === "auto" ? "score" : options.coding;
  let codingNote = `set by the coding option`;
  if (nps.layout.kind === "expanded") {
    codingNote = "one column per choice";
  } else if (options.coding === "auto") {
    const column = nps.layout.column;
    const verdict = detectNpsCoding(sample.map((row) => readNpsCell(row[column] ?? "")));
    coding = verdict.coding;
    codingNote = verdict.evidence;
    if (verdict.ambiguous) {
      logger.warn(
        `${file}: the NPS answers in the first ${sample.length} rows are all 1–10 (no 0, no 11): read as ` +
          `scores 0–10. If this is a "numerical value" export that numbers the choices 1–11, set the ` +
          `coding option to "position"`,
      );
    }
  }
  const reading =
    nps.layout.kind === "expanded"
      ? "scores from the choice columns"
      : coding === "score"
        ? "answers read as scores 0–10"
        : "answers read as choice positions 1–11, score = position − 1";
  const columns =
    nps.layout.kind === "single"
      ? `column ${nps.layout.column + 1}`
      : `columns ${nps.layout.columns[0]!.column + 1}–${nps.layout.columns.at(-1)!.column + 1}`;
  const text = JSON.stringify(shorten(nps.question.text.replace(/\s+/g, " ")));
  logger.info(`${file}: NPS question ← ${columns} ${text} (found by ${how}); ${reading} (${codingNote})`);

  const comment = findCommentColumn(header, nps, options.commentQuestion, file);
  if (comment.column !== undefined) {
    // The sub-header is the comment box's prompt; an open-ended question is known by its text.
    const sub = header.questions.find((q) => q.columns.includes(comment.column));
    const at = sub?.columns.indexOf(comment.column) ?? -1;
    const label = sub === undefined ? header.names[comment.column]! : at > 0 ? sub.subHeaders[at]! : sub.text;
    const from = comment.from === "comment box" ? "the NPS question's comment box" : "commentQuestion";
    logger.info(
      `${file}: comment ← column ${comment.column + 1} ${JSON.stringify(shorten(label.replace(/\s+/g, " ")))} (${from})`,
    );
  } else {
    logger.info(
      comment.from === "none"
        ? `${file}: no comment: the NPS question has no comment box (the commentQuestion option can name an open-ended question)`
        : `${file}: no comment (commentQuestion is false)`,
    );
  }
  const segments = resolveSegments(header, options.segments, options.segmentNames, file);
  if (segments.length > 0) {
    const list = segments.map(
      (s) => `${s.name} ← column ${s.column + 1} ${JSON.stringify(header.names[s.column])}`,
    );
    logger.info(`${file}: segments ${list.join(", ")}`);
  }

  return createRowMapper({
    header,
    nps: nps.layout,
    coding,
    comment: comment.column,
    segments,
    parseDate: createDateTimeParser({ timeZone, dateOrder: options.dateOrder }),
    file,
    idPrefix: basename(file),
    source,
  });
}
