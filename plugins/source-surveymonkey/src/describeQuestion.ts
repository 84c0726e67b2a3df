import type { SurveyQuestion } from "./surveyMonkeyHeader.js";

/** Longest question text shown in a message; longer ones end in "…". */
const MAX_TEXT = 90;

/**
 * A question as messages name it: its first column number (1-based, as a spreadsheet counts) and its text,
 * with the sub-headers when it spans several columns, so that a user can find it and copy it into an option.
 *
 * @example
 * describeQuestion({ text: "Which features do you use?", columns: [12, 13, 14], subHeaders: ["Dashboard", "Reports", "Alerts"] })
 * // 'column 13 "Which features do you use?" (3 columns: Dashboard, Reports, Alerts)'
 */
export function describeQuestion(question: SurveyQuestion): string {
  const text = shorten(question.text.replace(/\s+/g, " "), MAX_TEXT);
  const head = `column ${question.columns[0]! + 1} ${JSON.stringify(text)}`;
  if (question.columns.length === 1) return head;
  const subs = question.subHeaders.map((sub) => shorten(sub.replace(/\s+/g, " "), 40) || "(empty)");
  const shown = subs.length > 6 ? [...subs.slice(0, 5), "…"] : subs;
  return `${head} (${question.columns.length} columns: ${shown.join(", ")})`;
}

/**
 * Every question of an export, for messages that ask the user to choose one; "none" when there are none.
 *
 * @example
 * listQuestions([{ text: "Region?", columns: [9], subHeaders: ["Response"] }]) // 'column 10 "Region?"'
 */
export function listQuestions(questions: readonly SurveyQuestion[]): string {
  return questions.length === 0 ? "none" : questions.map(describeQuestion).join("; ");
}

/**
 * Text cut to `max` characters, ending in "…" when cut: long question texts stay readable in one log line.
 *
 * @example
 * shorten("How likely is it that you would recommend us?", 20) // "How likely is it th…"
 */
export function shorten(text: string, max = MAX_TEXT): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
