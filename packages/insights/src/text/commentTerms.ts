import { stem } from "./stem.js";
import { isStopWord } from "./stopWords.js";
import { commentLanguage, wordLanguage } from "./textLanguage.js";
import { tokenize } from "./tokenize.js";

/** A content word of a comment: its stem (the match key) and the word as written (lowercase). */
export interface CommentTerm {
  readonly stem: string;
  readonly word: string;
}

/**
 * The content words of a comment, in order: tokenized, stop words removed, stemmed. Each word is analysed in
 * the language of its script; a word whose script says nothing falls back to the comment's language
 * ({@link commentLanguage}: the `locale` field, else detected). Words of other scripts are kept unstemmed.
 *
 * @example
 * commentTerms({ text: "The prices are not fair", locale: "en" })
 * // [{ stem: "price", word: "prices" }, { stem: "not", word: "not" }, { stem: "fair", word: "fair" }]
 */
export function commentTerms(comment: { readonly text: string; readonly locale?: string }): CommentTerm[] {
  const fallback = commentLanguage(comment);
  const terms: CommentTerm[] = [];
  for (const word of tokenize(comment.text)) {
    const language = wordLanguage(word) ?? fallback;
    if (isStopWord(word, language)) continue;
    terms.push({ stem: wordLanguage(word) === undefined ? word : stem(word, language), word });
  }
  return terms;
}
