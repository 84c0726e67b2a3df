/**
 * Letters (with combining marks) in runs, optionally joined by an apostrophe ("don't", "o'clock"). Digits are
 * matched too, so that "mp3" or "1С" is one token that {@link tokenize} can drop whole rather than leave "mp".
 */
const WORD = /[\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}\p{N}]+)*/gu;
const DIGIT = /\p{N}/u;
/** Typographic apostrophes and the modifier letter used by some keyboards, read as the ASCII one. */
const APOSTROPHES = /[\u2019\u2018\u02bc\u0060\u00b4]/g;

/**
 * The words of a comment, in order: Unicode-aware (Latin, Cyrillic and any other letters), lowercased,
 * NFC-normalised, with "ё" read as "е" (Russian writers use them interchangeably) and typographic apostrophes
 * as "'". Tokens containing a digit (prices, dates, "24/7", "1С") are dropped: numbers are not themes, and
 * they are where personal data hides. Punctuation and emoji separate words.
 *
 * @example
 * tokenize("Don’t like the NEW price: 1 990 ₽, ещё дороже!") // ["don't", "like", "the", "new", "price", "еще", "дороже"]
 */
export function tokenize(text: string): string[] {
  const normal = text.normalize("NFC").toLowerCase().replace(/ё/g, "е").replace(APOSTROPHES, "'");
  const words = normal.match(WORD) ?? [];
  return words.filter((word) => !DIGIT.test(word));
}
