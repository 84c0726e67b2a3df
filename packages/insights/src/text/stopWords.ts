import type { TextLanguage } from "./textLanguage.js";

// Negations are deliberately NOT stop words: "not working", "no reply", "не работает", "нет ответа" are
// complaints, and without the negation they read as praise. Neither are intensifiers that carry the
// complaint's direction ("too", "слишком"): "too expensive" and "слишком долго" are what detractors write.
// The lists are written as `tokenize` gives words: lowercase, "ё" as "е", ASCII apostrophes.

const ENGLISH = `
a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have having
he her here hers herself him himself his how i i'm i've i'd i'll if in into is it it's its itself just let's
me more most my myself of off on once only or other our ours ourselves out over own same she should so some
such than that that's the their theirs them themselves then there there's these they they're they've this
those through to under until up very was we we're we've were what when where which while who whom why will
with would you you're you've your yours yourself yourselves us get got one really quite much many well
still even ever also etc via per
`;

const RUSSIAN = `
а без более бы был была были было быть в вам вас весь во вот все всего всех вы где да даже для до его ее
если есть еще же за здесь и из или им их к как какой когда кто ли либо мне мной мы на над надо наш наша
наше наши него нее ним них но ну о об однако он она они оно от очень по под после при про с со так также
такой там те тем то того тоже той только том тот ту ты у уже хотя чего чей чем что чтобы чье эта эти это
этого этой этом этот я мой моя мое мои свой своя свое свои себя себе сам сама само сами бы вы ваш ваша
ваше ваши всем всеми между перед через сейчас тут вообще просто
`;

/** Stop words by language: function words that say nothing about a theme. Negations are kept out. */
export const STOP_WORDS: Readonly<Record<TextLanguage, ReadonlySet<string>>> = {
  en: new Set(ENGLISH.split(/\s+/).filter(Boolean)),
  ru: new Set(RUSSIAN.split(/\s+/).filter(Boolean)),
};

/**
 * Whether a word (as `tokenize` gives it) is a stop word of `language`. Single letters are stop words in
 * every language: "s" of "it s", Russian prepositions "в", "с", "к".
 *
 * @example
 * isStopWord("the", "en") // true
 * isStopWord("not", "en") // false: negations carry meaning
 */
export function isStopWord(word: string, language: TextLanguage): boolean {
  return [...word].length < 2 || STOP_WORDS[language].has(word);
}

const NEGATIONS: ReadonlySet<string> = new Set([
  ..."not no never nothing nobody none nor don't doesn't didn't isn't aren't wasn't weren't can't cannot couldn't won't wouldn't haven't hasn't".split(
    " ",
  ),
  ..."не нет ни никогда ничего никто нельзя".split(" "),
]);

/**
 * Whether a word is a negation ("not", "don't", "не", "нет"): kept in the analysis (see above), but never a
 * theme of its own — "not" says a comment is negative, not what it is about.
 *
 * @example
 * isNegation("не") // true
 */
export function isNegation(word: string): boolean {
  return NEGATIONS.has(word);
}
