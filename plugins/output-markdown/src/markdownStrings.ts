/** The words of the Markdown summary in one language. Plural forms are picked with Intl.PluralRules. */
export interface MarkdownStrings {
  readonly title: string;
  readonly headline: string;
  readonly noAnswers: string;
  readonly changeSignificant: string;
  readonly changeChance: string;
  readonly changeNone: string;
  readonly noPrevious: string;
  readonly targetAbove: string;
  readonly targetBelow: string;
  readonly targetMet: string;
  readonly categories: readonly [string, string, string];
  readonly segmentsTitle: string;
  readonly segmentColumns: readonly [string, string, string, string];
  readonly noSegments: string;
  readonly recommendationsTitle: string;
  readonly dataQuality: string;
  readonly quarantine: string;
  readonly footer: string;
  readonly notSet: string;
  readonly points: Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & { readonly other: string };
  readonly answered: Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & { readonly other: string };
}

/** English and Russian; `{name}` placeholders are filled by the summary. */
export const MARKDOWN_STRINGS: Readonly<Record<"en" | "ru", MarkdownStrings>> = {
  en: {
    title: "Net Promoter Score — {period}",
    headline: "**NPS {nps}** ({level} confidence interval {low} to {high}) from {answered}.",
    noAnswers: "**No NPS**: nobody answered the recommendation question in {period}.",
    changeSignificant:
      "**{arrow} {change}** vs {previousPeriod} ({previous}): statistically significant ({p}).",
    changeChance: "**{arrow} {change}** vs {previousPeriod} ({previous}): within the margin of error ({p}).",
    changeNone: "**No change** vs {previousPeriod} ({previous}).",
    noPrevious: "No answers in {previousPeriod} to compare with.",
    targetAbove: "Target {target}: {points} above.",
    targetBelow: "Target {target}: {points} below.",
    targetMet: "Target {target}: met exactly.",
    categories: ["Promoters", "Passives", "Detractors"],
    segmentsTitle: "Segments furthest from overall",
    segmentColumns: ["Segment", "Answered", "NPS", "vs overall"],
    noSegments: "No segment breakdown.",
    recommendationsTitle: "Recommendations",
    dataQuality:
      "**Data quality:** {read} records read — {accepted} accepted, {unanswered} without a score, {rejected} rejected, {duplicates} duplicates.",
    quarantine: "Rejected records: {file}.",
    footer: "{method} {level} intervals · ↑ ↓ significant vs the rest of customers · npskit",
    notSet: "(not set)",
    points: { one: "{points} point", other: "{points} points" },
    answered: { one: "{count} answered response", other: "{count} answered responses" },
  },
  ru: {
    title: "Индекс NPS — {period}",
    headline: "**NPS {nps}** (доверительный интервал {level}: от {low} до {high}), {answered}.",
    noAnswers: "**Индекса нет**: за {period} никто не ответил на вопрос о готовности рекомендовать.",
    changeSignificant:
      "**{arrow} {change}** к прошлому периоду ({previousPeriod}: {previous}): статистически значимо ({p}).",
    changeChance:
      "**{arrow} {change}** к прошлому периоду ({previousPeriod}: {previous}): в пределах погрешности ({p}).",
    changeNone: "**Без изменений** к прошлому периоду ({previousPeriod}: {previous}).",
    noPrevious: "За {previousPeriod} нет ответов для сравнения.",
    targetAbove: "Цель {target}: выше на {points}.",
    targetBelow: "Цель {target}: ниже на {points}.",
    targetMet: "Цель {target}: достигнута точно.",
    categories: ["Промоутеры", "Нейтральные", "Критики"],
    segmentsTitle: "Сегменты, сильнее всего отличающиеся от общего индекса",
    segmentColumns: ["Сегмент", "Ответов", "NPS", "К общему"],
    noSegments: "Разбивки по сегментам нет.",
    recommendationsTitle: "Рекомендации",
    dataQuality:
      "**Качество данных:** прочитано записей — {read}: принято {accepted}, без оценки {unanswered}, отклонено {rejected}, дубликатов {duplicates}.",
    quarantine: "Отклонённые записи: {file}.",
    footer: "Интервалы {level}, {method} · ↑ ↓ значимо к остальным клиентам · npskit",
    notSet: "(не указано)",
    points: {
      one: "{points} пункт",
      few: "{points} пункта",
      many: "{points} пунктов",
      other: "{points} пункта",
    },
    answered: {
      one: "{count} ответ с оценкой",
      few: "{count} ответа с оценкой",
      many: "{count} ответов с оценкой",
      other: "{count} ответа с оценкой",
    },
  },
};

/** Interval method names for the footer line. */
export const METHOD_NAMES: Readonly<Record<"en" | "ru", Readonly<Record<string, string>>>> = {
  en: { "adjusted-wald": "Adjusted Wald", wald: "Wald", score: "Score" },
  ru: { "adjusted-wald": "скорректированный метод Вальда", wald: "метод Вальда", score: "score-метод" },
};
