import type { Locale } from "./localeText.js";

/**
 * Picks the text of the report's language. Rules build each string in both languages side by side, so a
 * sentence and its translation are reviewed together.
 *
 * @example
 * localized("ru", { en: "Call them back", ru: "Перезвоните им" }) // "Перезвоните им"
 */
export function localized<T>(locale: Locale, texts: { readonly en: T; readonly ru: T }): T {
  return locale === "ru" ? texts.ru : texts.en;
}
