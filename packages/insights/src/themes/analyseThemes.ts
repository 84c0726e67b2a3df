import type { DistinctiveTerm, ReportComment, ReportTheme, ThemeShare } from "@npskit/core";
import type { Locale } from "../localeText.js";
import { type CommentTerm, commentTerms } from "../text/commentTerms.js";
import { isNegation } from "../text/stopWords.js";
import { defaultThemeLexicon } from "./defaultThemeLexicon.js";
import { commonestForm, compareText, distinctiveTerms } from "./distinctiveTerms.js";
import { type CompiledTheme, compileLexicon, matchTheme, type ThemeLexicon } from "./themeLexicon.js";
import { themeQuotes } from "./themeQuotes.js";

/** What {@link analyseThemes} reads: the comments of the report period by category. */
export interface ThemeAnalysisInput {
  readonly detractors: readonly ReportComment[];
  readonly passives: readonly ReportComment[];
  readonly promoters: readonly ReportComment[];
  /** Language of the labels and masks. */
  readonly locale: Locale;
  /** @default defaultThemeLexicon */
  readonly lexicon?: ThemeLexicon;
}

/** Themes and distinctive terms of a period's comments: the `insights` parts they fill. */
export interface ThemeAnalysis {
  readonly themes: ReportTheme[];
  readonly distinctiveTerms: DistinctiveTerm[];
}

/** Least detractor comments (not covered by the lexicon) that make a distinctive word a theme of its own. */
const MIN_TERM_THEME_MENTIONS = 3;
/** Most data-driven themes: they are leads to look into, not a second lexicon. */
const MAX_TERM_THEMES = 3;

type Category = "detractors" | "passives" | "promoters";
const CATEGORIES: readonly Category[] = ["detractors", "passives", "promoters"];
interface Analysed {
  readonly comment: ReportComment;
  readonly terms: readonly CommentTerm[];
}

/**
 * The themes of a period's comments and the words that separate detractors from promoters.
 *
 * A comment mentions a theme when one of its stems is a theme term's stem (or a theme phrase occurs in it);
 * a comment can mention several themes. Each theme reports, per category, how many comments mention it out
 * of how many were analysed, the matched words (most frequent first) and up to three quotes, detractors'
 * first, with personal data masked. Beside the lexicon's themes come data-driven ones, "term:<stem>": a
 * distinctive detractor word (weighted log-odds, z ≥ 1.96; not a negation) that is in no lexicon theme and whose detractor
 * comments are mostly not covered by one (at least three such comments; at most three such themes), labelled
 * by its commonest written form, area "feedback" — a lead to investigate, not a diagnosis.
 *
 * Themes nobody mentions are left out; the rest are ordered by detractor share − promoter share, then by
 * mentions, then by id. The output depends only on the input (order included): no clock, no randomness.
 *
 * @example
 * analyseThemes({ detractors: [{ text: "Слишком дорого", … }], passives: [], promoters: [{ text: "Great support", … }], locale: "ru" })
 * // themes: [{ id: "price", label: "Цена", detractors: { mentions: 1, comments: 1, share: 1 }, … }, { id: "support", … }]
 */
export function analyseThemes(input: ThemeAnalysisInput): ThemeAnalysis {
  const analysed = {} as Record<Category, Analysed[]>;
  for (const category of CATEGORIES) {
    analysed[category] = input[category].map((comment) => ({
      comment,
      terms: commentTerms({
        text: comment.text,
        ...(comment.locale === undefined ? {} : { locale: comment.locale }),
      }),
    }));
  }
  const termsOf = (category: Category) => analysed[category].map((entry) => entry.terms);
  const distinctive = distinctiveTerms(termsOf("detractors"), termsOf("passives"), termsOf("promoters"));
  const lexicon = compileLexicon(input.lexicon ?? defaultThemeLexicon);
  const themes = [...lexicon, ...termThemes(lexicon, distinctive, analysed.detractors)]
    .map((theme) => themeOf(theme, analysed, input.locale))
    .filter((theme) => CATEGORIES.some((category) => theme[category].mentions > 0))
    .sort((a, b) => gap(b) - gap(a) || mentions(b) - mentions(a) || compareText(a.id, b.id));
  return {
    themes,
    distinctiveTerms: distinctive.map(({ term, detractorCount, promoterCount, z }) => ({
      term,
      detractorCount,
      promoterCount,
      z,
    })),
  };
}

function themeOf(theme: CompiledTheme, analysed: Record<Category, Analysed[]>, locale: Locale): ReportTheme {
  const words = new Map<string, number>();
  const quotes: ReportComment[][] = [];
  const shares = {} as Record<Category, ThemeShare>;
  for (const category of CATEGORIES) {
    const mentioning: ReportComment[] = [];
    for (const { comment, terms } of analysed[category]) {
      const matched = matchTheme(theme, terms);
      if (matched.length === 0) continue;
      mentioning.push(comment);
      for (const word of matched) words.set(word, (words.get(word) ?? 0) + 1);
    }
    const comments = analysed[category].length;
    shares[category] = {
      mentions: mentioning.length,
      comments,
      share: comments === 0 ? null : mentioning.length / comments,
    };
    quotes.push(mentioning);
  }
  const { definition } = theme;
  return {
    id: definition.id,
    label: definition.label[locale],
    area: definition.area,
    ...shares,
    terms: [...words].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0])).map(([word]) => word),
    quotes: themeQuotes(quotes, locale),
  };
}

/** Data-driven themes: distinctive detractor words the lexicon does not account for. */
function termThemes(
  lexicon: readonly CompiledTheme[],
  distinctive: ReturnType<typeof distinctiveTerms>,
  detractors: readonly Analysed[],
): CompiledTheme[] {
  const uncovered = detractors.filter(({ terms }) =>
    lexicon.every((theme) => matchTheme(theme, terms).length === 0),
  );
  const themes: CompiledTheme[] = [];
  for (const term of distinctive) {
    if (themes.length === MAX_TERM_THEMES) break;
    if (term.z <= 0 || lexicon.some((theme) => theme.stems.has(term.stem))) continue;
    const open = uncovered.filter(({ terms }) => terms.some((t) => t.stem === term.stem)).length;
    if (open < MIN_TERM_THEME_MENTIONS || open * 2 < term.detractorCount) continue;
    const forms = new Map<string, number>();
    for (const { terms } of detractors) {
      for (const t of terms) if (t.stem === term.stem) forms.set(t.word, (forms.get(t.word) ?? 0) + 1);
    }
    const label = commonestForm(forms);
    if (isNegation(label)) continue;
    themes.push({
      definition: { id: `term:${term.stem}`, label: { en: label, ru: label }, area: "feedback", terms: {} },
      stems: new Set([term.stem]),
      phrases: [],
    });
  }
  return themes;
}

function gap(theme: ReportTheme): number {
  return (theme.detractors.share ?? 0) - (theme.promoters.share ?? 0);
}

function mentions(theme: ReportTheme): number {
  return theme.detractors.mentions + theme.passives.mentions + theme.promoters.mentions;
}
