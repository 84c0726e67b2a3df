import { InputError } from "@npskit/core";
import { describeQuestion, listQuestions } from "./describeQuestion.js";
import { normalizeText } from "./normalizeText.js";
import { type NpsCell, readNpsCell } from "./parseNpsAnswer.js";
import { resolveQuestionRef } from "./resolveColumnRef.js";
import type { SurveyMonkeyHeader, SurveyQuestion } from "./surveyMonkeyHeader.js";

/**
 * Where the NPS answers are. `single`: one column holds the answer (condensed exports). `expanded`: one column
 * per choice, the chosen one non-empty (expanded exports); each column's score comes from its sub-header.
 */
export type NpsLayout =
  | { readonly kind: "single"; readonly column: number }
  | {
      readonly kind: "expanded";
      readonly columns: readonly { readonly column: number; readonly score: number }[];
    };

/** The NPS question of an export, how it was found, and its attached comment box if it has one. */
export interface NpsQuestion {
  readonly question: SurveyQuestion;
  readonly layout: NpsLayout;
  /** 0-based column of the comment box attached to the question, when it has one. */
  readonly commentBox: number | undefined;
  readonly foundBy: "option" | "text" | "answers";
}

/** What {@link findNpsQuestion} looks at. */
export interface NpsQuestionSearch {
  readonly header: SurveyMonkeyHeader;
  /** Data rows from the start of the file, for finding the question by its answers. */
  readonly sample: readonly (readonly string[])[];
  /** The `npsQuestion` option: question text or 1-based column number. */
  readonly option: string | number | undefined;
  readonly file: string;
}

// "How likely is it that you would recommend …", "How likely are you to recommend …"; Russian: "Насколько
// вероятно, что вы порекомендуете …", "Какова вероятность того, что вы порекомендуете …".
const NPS_TEXTS = [/\blikely\b.*\brecommend/, /вероятн.*рекоменд/];

/**
 * Finds the NPS question: the one the `npsQuestion` option names; else the one question whose text asks how
 * likely the respondent is to recommend (English or Russian); else the one question whose answers are
 * SurveyMonkey's 11-point NPS scale — choice labels ending in `- 0` … `- 10`, one column per such choice, or
 * plain numbers from 0 or up to 11 spanning the scale (a 1–5 or 1–10 rating is not taken for NPS). Several
 * candidates or none: an `InputError` (NPSKIT_E_INPUT) listing the questions and asking for `npsQuestion`.
 *
 * @example
 * findNpsQuestion({ header, sample, option: undefined, file: "acme.csv" })
 * // { question: { text: "How likely is it that you would recommend Acme…?", … },
 * //   layout: { kind: "single", column: 9 }, commentBox: 10, foundBy: "text" }
 */
export function findNpsQuestion(search: NpsQuestionSearch): NpsQuestion {
  const { header, sample, option, file } = search;
  if (option !== undefined) {
    const ref = resolveQuestionRef(header, option, "npsQuestion", file);
    const { question } = ref;
    // A column number inside a question (a matrix row) names that one column.
    if (ref.byNumber && ref.column !== question.columns[0]) {
      return {
        question,
        layout: { kind: "single", column: ref.column },
        commentBox: undefined,
        foundBy: "option",
      };
    }
    return withLayout(question, "option");
  }

  const byText = header.questions.filter((q) => NPS_TEXTS.some((re) => re.test(normalizeText(q.text))));
  if (byText.length === 1) return withLayout(byText[0]!, "text");
  if (byText.length > 1) throw several(file, byText, "read like the NPS question");

  const byAnswers = header.questions.filter(
    (q) =>
      expandedScores(q) !== undefined || looksLikeNpsAnswers(sample.map((row) => row[q.columns[0]!] ?? "")),
  );
  if (byAnswers.length === 1) return withLayout(byAnswers[0]!, "answers");
  if (byAnswers.length > 1) throw several(file, byAnswers, "have 0–10 answers");
  throw new InputError(
    `cannot find the NPS question in ${file}: no question reads like "How likely is it that you would ` +
      `recommend…" and none has 0–10 answers; set the npsQuestion option to its text or column number. ` +
      `Questions: ${listQuestions(header.questions)}`,
    { location: { file, line: 1 } },
  );
}

function withLayout(question: SurveyQuestion, foundBy: NpsQuestion["foundBy"]): NpsQuestion {
  const expanded = expandedScores(question);
  const layout: NpsLayout =
    expanded === undefined
      ? { kind: "single", column: question.columns[0]! }
      : { kind: "expanded", columns: expanded };
  const answers = layout.kind === "single" ? 1 : layout.columns.length;
  // The comment box is the column right after the answers, within the question, whose sub-header is a prompt
  // rather than a choice label.
  const next = question.columns[answers];
  const commentBox = next !== undefined && !isChoiceLabel(question.subHeaders[answers]!) ? next : undefined;
  return { question, layout, commentBox, foundBy };
}

/** The columns of an expanded NPS question: sub-headers reading 0, 1, …, 10 in order; else `undefined`. */
function expandedScores(question: SurveyQuestion): { column: number; score: number }[] | undefined {
  if (question.columns.length < 11) return undefined;
  const columns: { column: number; score: number }[] = [];
  for (let score = 0; score <= 10; score++) {
    const cell = readNpsCell(question.subHeaders[score]!);
    const value = cell.kind === "label" ? cell.score : cell.kind === "number" ? cell.value : -1;
    if (value !== score) return undefined;
    columns.push({ column: question.columns[score]!, score });
  }
  return columns;
}

function isChoiceLabel(subHeader: string): boolean {
  const cell = readNpsCell(subHeader);
  return cell.kind === "label" || cell.kind === "number";
}

/**
 * Whether a column's answers are the 11-point NPS scale: every answer readable, at least one, and either a
 * choice label with its score or plain numbers that reach 0 or 11 and span at least 8 points — so that a
 * 1–5 rating, or a 1–10 one without a 0, is not mistaken for NPS.
 */
function looksLikeNpsAnswers(cells: readonly string[]): boolean {
  const read: NpsCell[] = cells.map(readNpsCell);
  if (read.some((cell) => cell.kind === "invalid")) return false;
  if (read.some((cell) => cell.kind === "label")) return true;
  const numbers = read.flatMap((cell) => (cell.kind === "number" ? [cell.value] : []));
  if (numbers.length === 0) return false;
  const min = Math.min(...numbers);
  const max = Math.max(...numbers);
  return (min === 0 || max === 11) && max - min >= 8;
}

function several(file: string, questions: readonly SurveyQuestion[], why: string): InputError {
  return new InputError(
    `${file} has ${questions.length} questions that ${why}: ${questions.map(describeQuestion).join("; ")}; ` +
      `set the npsQuestion option to the text or column number of the one to use`,
    { location: { file, line: 1 } },
  );
}
