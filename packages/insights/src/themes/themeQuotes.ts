import type { ReportComment } from "@npskit/core";
import type { Locale } from "../localeText.js";
import { maskPii } from "../text/maskPii.js";
import { tokenize } from "../text/tokenize.js";

/** Most quotes a theme shows. */
export const MAX_QUOTES = 3;
/** Comments shorter than this many words are quoted only when nothing longer mentions the theme. */
const MIN_QUOTE_WORDS = 3;

/**
 * Up to three example comments for a theme: detractors' first, then passives', then promoters'. Within a
 * category, comments of at least three words come first ("Too expensive" says less than "Too expensive for
 * what it does"), otherwise the input order is kept — the comment pool's order, a deterministic uniform
 * sample — and a text already chosen is not repeated. Personal data is masked ({@link maskPii}); the text is
 * otherwise verbatim: templates escape it.
 *
 * @example
 * themeQuotes([[d1, d2], [], [p1]], "en") // [d1, d2, p1] with e-mails and phones masked
 */
export function themeQuotes(
  byCategory: readonly (readonly ReportComment[])[],
  locale: Locale,
): ReportComment[] {
  const quotes: ReportComment[] = [];
  const seen = new Set<string>();
  for (const comments of byCategory) {
    const ranked = comments
      .map((comment, index) => ({ comment, index, short: tokenize(comment.text).length < MIN_QUOTE_WORDS }))
      .sort((a, b) => Number(a.short) - Number(b.short) || a.index - b.index);
    for (const { comment } of ranked) {
      if (quotes.length === MAX_QUOTES) return quotes;
      const key = comment.text.trim().toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      quotes.push({ ...comment, text: maskPii(comment.text, locale) });
    }
  }
  return quotes;
}
