/** The languages npskit's text analysis knows: stop words and stemmers exist for these. */
export type TextLanguage = "en" | "ru";

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

/**
 * The language a single word is analysed in, by its script: Cyrillic → "ru", Latin → "en"; `undefined` for
 * any other script (the word is then kept as it is). A Latin word inside a Russian comment ("Jira", "API") is
 * an English or product word, so the script decides before the comment's locale does.
 *
 * @example
 * wordLanguage("цена") // "ru"
 * wordLanguage("price") // "en"
 */
export function wordLanguage(word: string): TextLanguage | undefined {
  if (CYRILLIC.test(word)) return "ru";
  if (LATIN.test(word)) return "en";
  return undefined;
}

/**
 * The language of a comment: its `locale` when that names English or Russian ("ru", "ru-RU", "en_GB"),
 * otherwise detected by script — more Cyrillic than Latin letters is Russian, anything else English.
 *
 * @example
 * commentLanguage({ text: "Слишком дорого" }) // "ru"
 * commentLanguage({ text: "Too expensive", locale: "ru" }) // "ru": the declared locale wins
 */
export function commentLanguage(comment: { readonly text: string; readonly locale?: string }): TextLanguage {
  const declared = comment.locale?.toLowerCase().slice(0, 2);
  if (declared === "ru" || declared === "en") return declared;
  let cyrillic = 0;
  let latin = 0;
  for (const char of comment.text) {
    if (CYRILLIC.test(char)) cyrillic++;
    else if (LATIN.test(char)) latin++;
  }
  return cyrillic > latin ? "ru" : "en";
}
