import { ConfigError, closestMatch } from "@npskit/core";
import { listQuestions } from "./describeQuestion.js";
import { normalizeText } from "./normalizeText.js";
import {
  type CustomDataColumn,
  FIXED_COLUMNS,
  type FixedColumn,
  type SurveyMonkeyHeader,
  type SurveyQuestion,
} from "./surveyMonkeyHeader.js";

/** What an option that names a question or a column refers to. */
export type ColumnRef =
  /**
   * A question. `column` is the column the option named by number, or the question's first column when it
   * named the text; `byNumber` tells which.
   */
  | {
      readonly kind: "question";
      readonly question: SurveyQuestion;
      readonly column: number;
      readonly byNumber: boolean;
    }
  | { readonly kind: "customData"; readonly custom: CustomDataColumn; readonly column: number }
  | { readonly kind: "fixed"; readonly name: FixedColumn; readonly column: number };

/**
 * Finds what an option value names in an export: a question by its text (compared ignoring case and spacing;
 * an exact text wins, else the one question containing it), or any column by its 1-based number. With
 * `columns: true`, the fixed columns (`Collector ID`…) and `Custom Data N` columns (also by their row-2
 * variable name) can be named too. Throws a `ConfigError` (NPSKIT_E_CONFIG) keyed by `option` that lists the
 * questions, with a "did you mean" when the text looks like a typo.
 *
 * @example
 * resolveColumnRef(header, "which region", "segments", "a.csv") // { kind: "question", question: {…}, column: 11, byNumber: false }
 */
export function resolveColumnRef(
  header: SurveyMonkeyHeader,
  ref: string | number,
  option: string,
  file: string,
  options: { readonly columns?: boolean } = {},
): ColumnRef {
  const fail = (message: string): never => {
    throw new ConfigError([{ pointer: option, message }]);
  };
  const questions = `questions: ${listQuestions(header.questions)}`;
  if (typeof ref === "number") {
    const column = ref - 1;
    const question = header.questions.find((q) => q.columns.includes(column));
    if (question !== undefined) return { kind: "question", question, column, byNumber: true };
    if (options.columns === true) {
      const found = columnAt(header, column);
      if (found !== undefined) return found;
    }
    const what = column >= 0 && column < header.width ? "holds no question" : "does not exist";
    return fail(`column ${ref} of ${file} ${what}; ${questions}`);
  }

  const key = normalizeText(ref);
  if (options.columns === true) {
    const fixed = FIXED_COLUMNS.find((name) => normalizeText(name) === key);
    const fixedAt = fixed === undefined ? undefined : header.fixed[fixed];
    if (fixed !== undefined && fixedAt !== undefined) return { kind: "fixed", name: fixed, column: fixedAt };
    const custom = header.customData.find(
      (c) => normalizeText(c.name) === key || (c.variable !== "" && normalizeText(c.variable) === key),
    );
    if (custom !== undefined) return { kind: "customData", custom, column: custom.index };
  }
  const exact = header.questions.filter((q) => normalizeText(q.text) === key);
  const matches =
    exact.length > 0 ? exact : header.questions.filter((q) => normalizeText(q.text).includes(key));
  if (matches.length === 1 && key !== "") {
    const question = matches[0]!;
    return { kind: "question", question, column: question.columns[0]!, byNumber: false };
  }
  if (matches.length > 1 && key !== "") {
    return fail(
      `${JSON.stringify(ref)} matches ${matches.length} questions of ${file}: ${listQuestions(matches)}; ` +
        `give the whole text or the column number`,
    );
  }
  const names = [
    ...header.questions.map((q) => q.text),
    ...(options.columns === true
      ? [...Object.keys(header.fixed), ...header.customData.map((c) => c.name)]
      : []),
  ];
  const guess = closestMatch(ref, names);
  const hint = guess === undefined ? "" : ` (did you mean ${JSON.stringify(guess)}?)`;
  const extra = options.columns === true ? `; columns: ${columnNames(header)}` : "";
  return fail(`no question of ${file} reads ${JSON.stringify(ref)}${hint}; ${questions}${extra}`);
}

/** A {@link ColumnRef} to a question. */
export type QuestionRef = Extract<ColumnRef, { readonly kind: "question" }>;

/**
 * {@link resolveColumnRef} for options that can only name questions (`npsQuestion`, `commentQuestion`).
 *
 * @example
 * resolveQuestionRef(header, 10, "npsQuestion", "a.csv") // { kind: "question", question: {…}, column: 9, byNumber: true }
 */
export function resolveQuestionRef(
  header: SurveyMonkeyHeader,
  ref: string | number,
  option: string,
  file: string,
): QuestionRef {
  // Without `columns: true`, resolveColumnRef returns questions only.
  return resolveColumnRef(header, ref, option, file) as QuestionRef;
}

function columnAt(header: SurveyMonkeyHeader, column: number): ColumnRef | undefined {
  const custom = header.customData.find((c) => c.index === column);
  if (custom !== undefined) return { kind: "customData", custom, column };
  const fixed = (Object.entries(header.fixed) as [FixedColumn, number][]).find(([, at]) => at === column);
  return fixed === undefined ? undefined : { kind: "fixed", name: fixed[0], column };
}

function columnNames(header: SurveyMonkeyHeader): string {
  const names = [...Object.keys(header.fixed), ...header.customData.map((c) => c.name)];
  return names.length === 0 ? "none" : names.join(", ");
}
