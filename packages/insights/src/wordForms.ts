import type { PeriodGrain } from "@npskit/core";
import type { Locale, PluralForms } from "./localeText.js";

type Forms = { readonly en: PluralForms; readonly ru: PluralForms };

/** Word forms the rules count with, for `pluralText`. */
export const WORDS = {
  point: {
    en: { one: "point", other: "points" },
    ru: { one: "пункт", few: "пункта", many: "пунктов", other: "пункта" },
  },
  answer: {
    en: { one: "answer", other: "answers" },
    ru: { one: "ответ", few: "ответа", many: "ответов", other: "ответа" },
  },
  detractor: {
    en: { one: "detractor", other: "detractors" },
    ru: { one: "критик", few: "критика", many: "критиков", other: "критика" },
  },
} as const satisfies Record<string, Forms>;

const PERIODS: Readonly<Record<PeriodGrain, Forms>> = {
  month: {
    en: { one: "month", other: "months" },
    ru: { one: "месяц", few: "месяца", many: "месяцев", other: "месяца" },
  },
  week: {
    en: { one: "week", other: "weeks" },
    ru: { one: "неделя", few: "недели", many: "недель", other: "недели" },
  },
  quarter: {
    en: { one: "quarter", other: "quarters" },
    ru: { one: "квартал", few: "квартала", many: "кварталов", other: "квартала" },
  },
  year: { en: { one: "year", other: "years" }, ru: { one: "год", few: "года", many: "лет", other: "года" } },
};

/**
 * The word forms of a period grain ("month"/"months", "месяц"/"месяца"/"месяцев").
 *
 * @example
 * pluralText("ru", 5, periodWords("ru", "month")) // "5 месяцев"
 */
export function periodWords(locale: Locale, grain: PeriodGrain): PluralForms {
  return PERIODS[grain][locale];
}
