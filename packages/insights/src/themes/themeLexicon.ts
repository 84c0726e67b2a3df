import type { ReportTheme } from "@npskit/core";
import type { Locale } from "../localeText.js";
import { type CommentTerm, commentTerms } from "../text/commentTerms.js";

/** Area of improvement a theme belongs to: where its recommendation goes. */
export type ThemeArea = ReportTheme["area"];

/** One theme of a lexicon: what it is called, where it belongs, and the words that signal it. */
export interface ThemeDefinition {
  /** Stable id, e.g. "price"; data-driven themes use "term:<stem>", so ids must not start with "term:". */
  readonly id: string;
  /** Name of the theme in each report language. */
  readonly label: Readonly<Record<Locale, string>>;
  readonly area: ThemeArea;
  /**
   * Words (or phrases of consecutive words) that signal the theme, per language, as people write them:
   * they are stemmed when the lexicon is compiled, so "price" also matches "prices" and "pricing".
   */
  readonly terms: Readonly<Partial<Record<Locale, readonly string[]>>>;
  /** Concrete next steps for the theme's recommendation, 2–4 per language; built-in ones if left out. */
  readonly actions?: Readonly<Partial<Record<Locale, readonly string[]>>>;
}

/** A theme lexicon: the themes comments are matched against, in order. */
export interface ThemeLexicon {
  readonly themes: readonly ThemeDefinition[];
}

/** A theme ready to match: its definition and its terms as sequences of stems. */
export interface CompiledTheme {
  readonly definition: ThemeDefinition;
  /** Single stems. */
  readonly stems: ReadonlySet<string>;
  /** Phrases of two or more stems, matched as consecutive content words, with the term as the lexicon writes it. */
  readonly phrases: readonly { readonly stems: readonly string[]; readonly text: string }[];
}

/**
 * Stems every term of every theme with the analysis comments get (tokenize, stop words, stem), so that a
 * lexicon word and a comment word meet exactly when their stems do. A term made only of stop words is
 * dropped; a term of several content words becomes a phrase.
 *
 * @example
 * compileLexicon({ themes: [{ id: "price", label: { en: "Price", ru: "Цена" }, area: "communication", terms: { ru: ["цена"] } }] })[0].stems
 * // Set { "цен" }
 */
export function compileLexicon(lexicon: ThemeLexicon): CompiledTheme[] {
  return lexicon.themes.map((definition) => {
    const stems = new Set<string>();
    const phrases: { stems: string[]; text: string }[] = [];
    for (const [locale, terms] of Object.entries(definition.terms)) {
      for (const term of terms ?? []) {
        const sequence = commentTerms({ text: term, locale }).map((part) => part.stem);
        if (sequence.length === 1) stems.add(sequence[0]!);
        else if (sequence.length > 1) phrases.push({ stems: sequence, text: term.toLowerCase() });
      }
    }
    return { definition, stems, phrases };
  });
}

/**
 * The words of a comment that make it mention a compiled theme: each word whose stem is a theme stem, in the
 * comment's order, then each theme phrase found as consecutive content words (as the lexicon writes it, since
 * the comment's stop words inside it are gone). Empty when the comment does not mention the theme.
 *
 * @example
 * matchTheme(price, commentTerms({ text: "Prices went up, too expensive" })) // ["prices", "expensive"]
 */
export function matchTheme(theme: CompiledTheme, terms: readonly CommentTerm[]): string[] {
  const words = terms.filter((term) => theme.stems.has(term.stem)).map((term) => term.word);
  for (const phrase of theme.phrases) {
    for (let start = 0; start + phrase.stems.length <= terms.length; start++) {
      if (phrase.stems.every((part, offset) => terms[start + offset]?.stem === part)) words.push(phrase.text);
    }
  }
  return words;
}
