import type { Locale } from "./localeText.js";

/** Names of common segment dimensions, as the report's own tables label them (templates/monthly/locales). */
const DIMENSIONS: Readonly<Record<string, Readonly<Record<Locale, string>>>> = {
  region: { en: "region", ru: "регион" },
  city: { en: "city", ru: "город" },
  plan: { en: "plan", ru: "тариф" },
  channel: { en: "channel", ru: "канал" },
  country: { en: "country", ru: "страна" },
  segment: { en: "segment", ru: "сегмент" },
  product: { en: "product", ru: "продукт" },
  team: { en: "team", ru: "команда" },
  language: { en: "language", ru: "язык" },
  source: { en: "source", ru: "источник" },
};

/**
 * A segment as the recommendations name it: its value with its dimension, "Europe (region)", "Europe
 * (регион)". The value is the user's own word and stays as it is; a common dimension name is translated, any
 * other is kept as written.
 *
 * @example
 * segmentText("region", "Europe", "ru") // "Europe (регион)"
 */
export function segmentText(dimension: string, value: string, locale: Locale = "en"): string {
  return `${value} (${dimensionText(dimension, locale)})`;
}

/**
 * A segment dimension's name in the report's language: common ones translated, others as written.
 *
 * @example
 * dimensionText("plan", "ru") // "тариф"
 */
export function dimensionText(dimension: string, locale: Locale): string {
  return DIMENSIONS[dimension]?.[locale] ?? dimension;
}
