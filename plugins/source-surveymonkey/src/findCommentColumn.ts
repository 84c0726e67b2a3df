import { ConfigError } from "@npskit/core";
import { describeQuestion } from "./describeQuestion.js";
import type { NpsQuestion } from "./findNpsQuestion.js";
import { normalizeText } from "./normalizeText.js";
import { resolveQuestionRef } from "./resolveColumnRef.js";
import type { SurveyMonkeyHeader } from "./surveyMonkeyHeader.js";

/** The column read as each response's `comment`, and where that choice came from (for the log). */
export type CommentColumn =
  | { readonly column: number; readonly from: "comment box" | "commentQuestion" }
  | { readonly column: undefined; readonly from: "none" | "commentQuestion" };

/**
 * Chooses the comment column: the open-ended question the `commentQuestion` option names (by text or column
 * number; `false` for no comment at all), else the comment box attached to the NPS question, else none. A
 * named question must be open-ended: its `Open-Ended Response` column, or its only column, or the column named
 * by number; anything else is a `ConfigError` saying which columns the question has.
 *
 * @example
 * findCommentColumn(header, nps, undefined, "acme.csv")                   // { column: 10, from: "comment box" }
 * findCommentColumn(header, nps, "What could we do better?", "acme.csv") // { column: 15, from: "commentQuestion" }
 */
export function findCommentColumn(
  header: SurveyMonkeyHeader,
  nps: NpsQuestion,
  option: string | number | false | undefined,
  file: string,
): CommentColumn {
  if (option === false) return { column: undefined, from: "commentQuestion" };
  if (option === undefined) {
    return nps.commentBox === undefined
      ? { column: undefined, from: "none" }
      : { column: nps.commentBox, from: "comment box" };
  }
  const ref = resolveQuestionRef(header, option, "commentQuestion", file);
  const { question } = ref;
  const openEnded = question.subHeaders.findIndex((sub) => normalizeText(sub) === "open-ended response");
  const column = ref.byNumber
    ? ref.column
    : openEnded >= 0
      ? question.columns[openEnded]!
      : question.columns.length === 1
        ? question.columns[0]!
        : undefined;
  const answers =
    nps.layout.kind === "single" ? [nps.layout.column] : nps.layout.columns.map((c) => c.column);
  if (column === undefined || answers.includes(column)) {
    const why = column === undefined ? "is not an open-ended question" : "is the NPS question itself";
    throw new ConfigError([
      {
        pointer: "commentQuestion",
        message: `${describeQuestion(question)} ${why}; name an open-ended question, or one column by its number`,
      },
    ]);
  }
  return { column, from: "commentQuestion" };
}
