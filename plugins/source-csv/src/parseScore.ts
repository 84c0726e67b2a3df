/** Result of {@link parseScore}: a score, `null` for an unanswered question, or why the text is not a score. */
export type ParsedScore = { readonly score: number | null } | { readonly error: string };

/**
 * Reads a 0–10 answer from a CSV cell. An empty cell (after trimming) is `null`: the respondent skipped the
 * question (unanswered, never a detractor). A whole number 0–10 is accepted, also written with a zero
 * fraction ("9.0", "9,0" from spreadsheets); anything else — "11", "-1", "8,5", "abc" — is an error, never a
 * guess.
 *
 * @example
 * parseScore("9")    // { score: 9 }
 * parseScore(" 10,0") // { score: 10 }
 * parseScore("")     // { score: null }
 * parseScore("11")   // { error: 'not a score: "11" is not a whole number from 0 to 10' }
 */
export function parseScore(text: string): ParsedScore {
  // Fast path for the usual one or two digits.
  if (text.length === 1) {
    const digit = text.charCodeAt(0) - 48;
    if (digit >= 0 && digit <= 9) return { score: digit };
  } else if (text === "10") {
    return { score: 10 };
  }
  const trimmed = text.trim();
  if (trimmed === "") return { score: null };
  const match = /^(\d{1,2})(?:[.,]0+)?$/.exec(trimmed);
  const value = match === null ? Number.NaN : Number(match[1]);
  if (value >= 0 && value <= 10) return { score: value };
  return { error: `not a score: ${JSON.stringify(trimmed)} is not a whole number from 0 to 10` };
}
