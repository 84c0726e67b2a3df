import { stemmer as englishStemmer } from "@orama/stemmers/english";
import { stemmer as russianStemmer } from "@orama/stemmers/russian";
import type { TextLanguage } from "./textLanguage.js";

const STEMMERS: Readonly<Record<TextLanguage, (word: string) => string>> = {
  // Porter's algorithm (1980), the "porter" stemmer of the Snowball project.
  en: englishStemmer,
  // The Snowball Russian stemmer, generated from the Snowball sources.
  ru: russianStemmer,
};

/**
 * The stem of a lowercase word (as {@link tokenize} gives it) in `language`, so that inflections meet:
 * "pricing", "prices" → "price"; "цены", "ценой" → "цен". Stems are match keys, not words to show. A stemmer
 * is a set of suffix rules, not a dictionary: some related forms keep different stems ("дорого" → "дор",
 * "дорогой" → "дорог"), which is why a theme lexicon lists the forms it means.
 *
 * English apostrophe forms ("don't") are left as they are: the stemmer would cut them into nonsense.
 *
 * @example
 * stem("expensive", "en") // "expens"
 * stem("стоимости", "ru") // "стоимост"
 */
export function stem(word: string, language: TextLanguage): string {
  if (language === "en" && word.includes("'")) return word;
  return STEMMERS[language](word);
}
