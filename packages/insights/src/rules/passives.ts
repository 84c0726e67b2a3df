import { defineRule, type RecommendationDraft, type ReportTheme } from "@npskit/core";
import { type Locale, numberText, percentText } from "../localeText.js";
import { themeActions } from "../themes/themeActions.js";
import type { ThemeLexicon } from "../themes/themeLexicon.js";
import { themeShareText } from "../themes/themeShareText.js";

/** Options of {@link passives}. */
export interface PassivesOptions {
  /** Smallest passive share of answers (0..1) worth a recommendation. @default 0.3 */
  readonly minShare?: number;
  /** Smallest rise of the passive share since the previous period (0..1; 0.03 = 3 points). @default 0.03 */
  readonly minRise?: number;
  /** Fewest passive comments on a theme for it to be named as what separates them. @default 3 */
  readonly minMentions?: number;
  /** Themes named at most. @default 3 */
  readonly max?: number;
  /** The lexicon the themes came from, for its own actions. @default the built-in lexicon */
  readonly lexicon?: ThemeLexicon;
}

interface Separating {
  readonly theme: ReportTheme;
  readonly index: number;
  readonly gap: number;
}

/**
 * Convert the passives (issue 6, rule 8): fires when passives are a large share of the answers (≥ `minShare`)
 * and that share rose by at least `minRise` since the previous period — the people one good experience away
 * from promoting, and more of them. It names what separates them from promoters: the themes passives'
 * comments raise more often than promoters' (at least `minMentions` passive comments), largest gap first.
 * Area: product when the leading theme is a product theme, else communication. The rise is a threshold on the
 * figures, not a significance test: the rationale gives both shares with their counts. Reads only
 * `model.overall`, `model.previous` and `model.insights.themes`; without insights or a previous period it
 * returns null.
 */
// biome-ignore lint/suspicious/noConfusingVoidType: `void` is what lets callers write `passives()` without options.
export const passives = defineRule<PassivesOptions | void>((options) => {
  const minShare = options?.minShare ?? 0.3;
  const minRise = options?.minRise ?? 0.03;
  const minMentions = options?.minMentions ?? 3;
  const max = options?.max ?? 3;
  return {
    name: "npskit:passives",
    evaluate(model, { locale }): RecommendationDraft[] | null {
      const themes = model.insights?.themes;
      const now = model.overall.shares;
      const before = model.previous?.shares;
      if (themes === undefined || now === null || before === undefined || before === null) return null;
      const rise = now.passives - before.passives;
      if (now.passives < minShare || rise < minRise) return null;
      const separating: Separating[] = themes
        .flatMap((theme, index) => {
          const { passives: pa, promoters: pr } = theme;
          if (pa.share === null || pr.share === null || pa.mentions < minMentions) return [];
          return pa.share > pr.share ? [{ theme, index, gap: pa.share - pr.share }] : [];
        })
        .sort((a, b) => b.gap - a.gap || a.index - b.index)
        .slice(0, max);
      const lead = separating[0]?.theme;
      const share = percentText(locale, now.passives);
      return [
        {
          id: "passives",
          area: lead?.area === "product" ? "product" : "communication",
          priority: Math.round(Math.min(80, 30 + 100 * (now.passives - minShare) + 200 * rise)),
          title:
            locale === "ru"
              ? `Превратите нейтральных в промоутеров: их ${share}, и доля растёт`
              : `Turn passives into promoters: they are ${share} of answers and rising`,
          rationale: rationale(
            locale,
            now.passives,
            before.passives,
            model.overall.passives,
            model.overall.answered,
            separating,
          ),
          subject: { kind: "overall" },
          evidence: separating.map(({ theme }) =>
            locale === "ru"
              ? `«${theme.label}»: нейтральные — ${themeShareText(locale, theme.passives)}, промоутеры — ${themeShareText(locale, theme.promoters)}`
              : `“${theme.label}”: passives ${themeShareText(locale, theme.passives)}, promoters ${themeShareText(locale, theme.promoters)}`,
          ),
          references: [
            "/overall/shares",
            "/previous/shares",
            ...separating.map(({ index }) => `/insights/themes/${index}`),
          ],
          actions: actions(locale, separating, options?.lexicon),
        },
      ];
    },
  };
});

function rationale(
  locale: Locale,
  now: number,
  before: number,
  count: number,
  answered: number,
  separating: readonly Separating[],
): string {
  const rise = numberText(locale, (now - before) * 100, 1);
  const labels = separating
    .map(({ theme }) => (locale === "ru" ? `«${theme.label}»` : `“${theme.label}”`))
    .join(", ");
  if (locale === "ru") {
    const head = `Нейтральные — ${percentText(locale, now)} ответов (${count} из ${answered}), на ${rise} п. больше, чем в прошлом периоде (${percentText(locale, before)}).`;
    return separating.length === 0
      ? `${head} Их комментарии не выделяют тему, которой нет у промоутеров: спросите их напрямую.`
      : `${head} От промоутеров их отличают темы ${labels}: нейтральные пишут о них чаще.`;
  }
  const head = `Passives are ${percentText(locale, now)} of answers (${count} of ${answered}), up ${rise} points from the previous period (${percentText(locale, before)}).`;
  return separating.length === 0
    ? `${head} Their comments show no theme that promoters do not share: ask them directly.`
    : `${head} What separates them from promoters: ${labels}, which passives raise more often.`;
}

function actions(
  locale: Locale,
  separating: readonly Separating[],
  lexicon: ThemeLexicon | undefined,
): string[] {
  const ask =
    locale === "ru"
      ? "Задайте нейтральным один уточняющий вопрос: «Что нужно, чтобы вы поставили 9 или 10?»"
      : "Ask passives one follow-up question: “What would make it a 9 or 10?”";
  const lead = separating[0]?.theme;
  if (lead === undefined) {
    return [
      ask,
      locale === "ru"
        ? "Позвоните пяти-десяти нейтральным клиентам и выясните, чего им не хватает"
        : "Call five to ten passive customers and find out what they miss",
    ];
  }
  const labels = separating
    .map(({ theme }) => (locale === "ru" ? `«${theme.label}»` : `“${theme.label}”`))
    .join(", ");
  return [
    locale === "ru"
      ? `Начните с тем ${labels}: о них пишут нейтральные, а не промоутеры`
      : `Start with ${labels}: passives raise them and promoters do not`,
    themeActions(lead.id, lead.area, locale, lexicon)[0]!,
    ask,
  ];
}
