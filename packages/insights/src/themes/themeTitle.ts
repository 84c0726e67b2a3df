import type { Locale } from "../localeText.js";

type Title = Readonly<Record<Locale, string>>;

/** What to do about a built-in theme that drives detractors, in one line. */
const TITLES: Readonly<Record<string, Title>> = {
  price: { en: "Address the price concerns of detractors", ru: "Снимите вопросы критиков к цене" },
  billing: {
    en: "Fix billing errors and surprise charges",
    ru: "Устраните ошибки и неожиданные списания в оплате",
  },
  support: {
    en: "Make support answer faster and close tickets",
    ru: "Ускорьте ответы поддержки и доводите обращения до решения",
  },
  staff: { en: "Coach customer-facing staff", ru: "Обучите сотрудников, работающих с клиентами" },
  speed: {
    en: "Make the product faster where detractors feel it",
    ru: "Ускорьте продукт там, где это замечают критики",
  },
  reliability: {
    en: "Fix the crashes and data loss detractors report",
    ru: "Устраните сбои и потерю данных, о которых пишут критики",
  },
  usability: { en: "Make the product easier to use", ru: "Сделайте продукт удобнее" },
  features: {
    en: "Close the feature gaps detractors name",
    ru: "Закройте недостающие функции, которые называют критики",
  },
  delivery: {
    en: "Make delivery on time and predictable",
    ru: "Сделайте доставку своевременной и предсказуемой",
  },
  onboarding: { en: "Make getting started easier", ru: "Упростите начало работы" },
};

/**
 * The title of a detractor-theme recommendation: the built-in one for a built-in theme id, otherwise one
 * naming the label.
 *
 * @example
 * themeTitle("support", "Support", "en") // "Make support answer faster and close tickets"
 * themeTitle("term:invoic", "invoices", "ru") // "Разберитесь с темой «invoices»: её поднимают в основном критики"
 */
export function themeTitle(id: string, label: string, locale: Locale): string {
  const title = TITLES[id]?.[locale];
  if (title !== undefined) return title;
  return locale === "ru"
    ? `Разберитесь с темой «${label}»: её поднимают в основном критики`
    : `Act on “${label}”, raised mostly by detractors`;
}
