/**
 * How the NPS column codes plain numbers: as the score itself (0–10, SurveyMonkey's "actual answer text"
 * exports and most "numerical value" ones), or as the choice's position (1–11, a "numerical value" export
 * that numbers the eleven choices from 1).
 */
export type NpsCoding = "score" | "position";

/** A cell of the NPS column as written, before the coding is applied. */
export type NpsCell =
  /** Nothing: the respondent skipped the question. */
  | { readonly kind: "empty" }
  /** A choice label ending in its score, e.g. "Not at all likely - 0": the number is the score in any coding. */
  | { readonly kind: "label"; readonly score: number }
  /** A plain whole number 0–11 ("7", or "7.0" from a spreadsheet). */
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "invalid"; readonly reason: string };

/** Result of {@link parseNpsAnswer}: a score (`null` when skipped) or why the cell is not an answer. */
export type ParsedNpsAnswer = { readonly score: number | null } | { readonly error: string };

// "<words> - <number>": SurveyMonkey writes the end choices as "Not at all likely - 0" and
// "Extremely likely - 10"; survey authors may edit the words (and languages differ), never the number.
const LABEL = /^(\S[\s\S]*?)\s*[-‐‑–—]\s*(\d{1,3})$/;
const NUMBER = /^(\d{1,3})(?:[.,]0+)?$/;
const EXPECTED = `expected 0 to 10, or a choice label ending in " - 0" … " - 10"`;

/**
 * Reads one cell of the NPS column without deciding the coding (see {@link npsScoreOf}).
 *
 * @example
 * readNpsCell("Extremely likely - 10") // { kind: "label", score: 10 }
 * readNpsCell(" 7 ")                   // { kind: "number", value: 7 }
 * readNpsCell("")                      // { kind: "empty" }
 * readNpsCell("Extremely likely - 11") // { kind: "invalid", reason: 'not an NPS answer: "Extremely likely - 11" ends in 11, …' }
 */
export function readNpsCell(text: string): NpsCell {
  const trimmed = text.trim();
  if (trimmed === "") return { kind: "empty" };
  const number = NUMBER.exec(trimmed);
  if (number !== null) {
    const value = Number(number[1]);
    if (value <= 11) return { kind: "number", value };
    return { kind: "invalid", reason: `not an NPS answer: ${JSON.stringify(trimmed)} (${EXPECTED})` };
  }
  const label = LABEL.exec(trimmed);
  if (label !== null) {
    const score = Number(label[2]);
    if (score <= 10) return { kind: "label", score };
    return {
      kind: "invalid",
      reason: `not an NPS answer: ${JSON.stringify(trimmed)} ends in ${score}, but the scale ends at 10`,
    };
  }
  return { kind: "invalid", reason: `not an NPS answer: ${JSON.stringify(trimmed)} (${EXPECTED})` };
}

/**
 * The score of a cell under a coding: labels carry their score whatever the coding; plain numbers are the
 * score (`"score"`) or the choice position 1–11, score = position − 1 (`"position"`). Out-of-range numbers are
 * errors that name the option to change, because they usually mean the coding was guessed wrong.
 *
 * @example
 * npsScoreOf({ kind: "number", value: 11 }, "position") // { score: 10 }
 * npsScoreOf({ kind: "number", value: 11 }, "score")    // { error: "not a score: 11 is over 10 (…)" }
 */
export function npsScoreOf(cell: NpsCell, coding: NpsCoding): ParsedNpsAnswer {
  switch (cell.kind) {
    case "empty":
      return { score: null };
    case "label":
      return { score: cell.score };
    case "invalid":
      return { error: cell.reason };
    case "number":
      if (coding === "score") {
        return cell.value <= 10
          ? { score: cell.value }
          : {
              error:
                `not a score: ${cell.value} is over 10 (if this export numbers the choices 1–11, ` +
                `set the coding option to "position")`,
            };
      }
      return cell.value >= 1
        ? { score: cell.value - 1 }
        : {
            error:
              `not a choice position: 0 (answers are read as positions 1–11; ` +
              `if they are scores 0–10, set the coding option to "score")`,
          };
  }
}

/**
 * Reads an answer to SurveyMonkey's NPS question: `Not at all likely - 0` … `Extremely likely - 10` (the
 * trailing number counts, whatever the words), plain `0`–`10`, or positions `1`–`11` under the `"position"`
 * coding. An empty cell is a skipped question: score `null` (unanswered, never a detractor).
 *
 * @example
 * parseNpsAnswer("Not at all likely - 0", "score") // { score: 0 }
 * parseNpsAnswer("9", "score")                     // { score: 9 }
 * parseNpsAnswer("9", "position")                  // { score: 8 }
 * parseNpsAnswer("", "score")                      // { score: null }
 * parseNpsAnswer("abc", "score")                   // { error: 'not an NPS answer: "abc" (expected 0 to 10, …)' }
 */
export function parseNpsAnswer(text: string, coding: NpsCoding): ParsedNpsAnswer {
  return npsScoreOf(readNpsCell(text), coding);
}
