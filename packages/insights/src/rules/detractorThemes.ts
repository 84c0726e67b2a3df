import { criticalValue, defineRule, type RecommendationDraft, type ReportTheme } from "@npskit/core";
import { type Locale, numberText } from "../localeText.js";
import { proportionGap } from "../themes/proportionGap.js";
import { themeActions } from "../themes/themeActions.js";
import type { ThemeLexicon } from "../themes/themeLexicon.js";
import { themeShareText } from "../themes/themeShareText.js";
import { themeTitle } from "../themes/themeTitle.js";

/** Options of {@link detractorThemes}. */
export interface DetractorThemesOptions {
  /** Fewest detractor comments on a theme for it to be named: fewer is an anecdote. @default 5 */
  readonly minMentions?: number;
  /** Confidence level of the two-proportion test, detractors vs promoters. @default 0.95 */
  readonly level?: number;
  /** Recommendations at most, the most detractors at stake first. @default 3 */
  readonly max?: number;
  /** The lexicon the themes came from, for its own actions. @default the built-in lexicon */
  readonly lexicon?: ThemeLexicon;
}

/**
 * Act on detractor themes (issue 6, rule 4): one recommendation per comment theme that detractors raise
 * clearly more often than promoters — at least `minMentions` detractor comments and a two-proportion z-test
 * of the detractor share against the promoter share significant at `level` (one side: more among
 * detractors) — so a handful of comments, or a theme everybody mentions alike, stays silent. Its area is the
 * theme's; its actions the theme's own (lexicon, built-in, or by area).
 *
 * Priority follows the NPS points at stake: the share of all answers that are detractors mentioning the
 * theme, estimated as detractor share × the theme's share of detractor comments (×100) — if those
 * detractors became passives, NPS would rise by about that much. Priority = min(85, 40 + 3 × points).
 * Reads only `model.insights.themes` and `model.overall`; without insights it returns null.
 */
// biome-ignore lint/suspicious/noConfusingVoidType: `void` is what lets callers write `detractorThemes()` without options.
export const detractorThemes = defineRule<DetractorThemesOptions | void>((options) => {
  const minMentions = options?.minMentions ?? 5;
  const z = criticalValue(options?.level ?? 0.95);
  const max = options?.max ?? 3;
  return {
    name: "npskit:detractor-themes",
    evaluate(model, { locale }): RecommendationDraft[] | null {
      const themes = model.insights?.themes;
      if (themes === undefined) return null;
      const found = themes.flatMap((theme, index) => {
        const { detractors: d, promoters: p } = theme;
        if (d.mentions < minMentions || d.share === null) return [];
        const gap = proportionGap(d.mentions, d.comments, p.mentions, p.comments);
        if (gap === null || gap.z < z) return [];
        const points = (model.overall.shares?.detractors ?? 0) * d.share * 100;
        return [{ theme, index, gap, points }];
      });
      if (found.length === 0) return null;
      found.sort((a, b) => b.points - a.points || b.gap.z - a.gap.z || a.index - b.index);
      return found.slice(0, max).map(({ theme, index, gap, points }) => ({
        id: `detractor-theme/${theme.id}`,
        area: theme.area,
        priority: Math.round(Math.min(85, 40 + 3 * points)),
        title: themeTitle(theme.id, theme.label, locale),
        rationale: rationale(locale, theme, gap.z, gap.p, points),
        subject: { kind: "theme", name: theme.id },
        evidence: evidence(locale, theme),
        references: [`/insights/themes/${index}`],
        actions: [...themeActions(theme.id, theme.area, locale, options?.lexicon)],
      }));
    },
  };
});

function rationale(locale: Locale, theme: ReportTheme, z: number, p: number, points: number): string {
  const d = themeShareText(locale, theme.detractors);
  const pr = themeShareText(locale, theme.promoters);
  const gap = numberText(locale, (theme.detractors.share! - (theme.promoters.share ?? 0)) * 100);
  const test = `z = ${numberText(locale, z, 1)}, p ${p < 0.001 ? `< ${numberText(locale, 0.001, 3)}` : `= ${numberText(locale, p, 3)}`}`;
  const stake = numberText(locale, points, 1);
  return locale === "ru"
    ? `Тема «${theme.label}»: у критиков ${d}, у промоутеров ${pr} — разница ${gap} п., статистически значимая (${test}). Если эти критики станут нейтральными, NPS вырастет примерно на ${stake} п.`
    : `Theme “${theme.label}”: detractors ${d}, promoters ${pr} — a gap of ${gap} points, statistically significant (${test}). If these detractors became passives, NPS would rise by about ${stake} points.`;
}

function evidence(locale: Locale, theme: ReportTheme): string[] {
  const lines =
    locale === "ru"
      ? [
          `Критики: ${themeShareText(locale, theme.detractors)}`,
          `Нейтральные: ${themeShareText(locale, theme.passives)}`,
          `Промоутеры: ${themeShareText(locale, theme.promoters)}`,
        ]
      : [
          `Detractors: ${themeShareText(locale, theme.detractors)}`,
          `Passives: ${themeShareText(locale, theme.passives)}`,
          `Promoters: ${themeShareText(locale, theme.promoters)}`,
        ];
  if (theme.terms.length > 0)
    lines.push(`${locale === "ru" ? "Слова" : "Words"}: ${theme.terms.slice(0, 6).join(", ")}`);
  for (const quote of theme.quotes.filter((q) => q.score <= 6).slice(0, 2)) {
    lines.push(
      locale === "ru"
        ? `«${quote.text}» — критик, оценка ${quote.score}`
        : `“${quote.text}” — detractor, score ${quote.score}`,
    );
  }
  return lines;
}
