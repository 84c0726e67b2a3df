/**
 * Text as compared when matching names and questions: Unicode-normalised (NFKC), lower case, runs of
 * whitespace as one space, trimmed. Exports and configs disagree on such details; they never matter.
 *
 * @example
 * normalizeText("  How likely\nis it?  ") // "how likely is it?"
 */
export function normalizeText(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}
