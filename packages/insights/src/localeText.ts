import { createFormatter, type Formatter } from "@npskit/core";

/** The report languages. */
export type Locale = "en" | "ru";

// core's report formatter, so a figure in a recommendation reads exactly as in the report around it.
const formatters = new Map<Locale, Formatter>();
const formatter = (locale: Locale): Formatter => {
  let found = formatters.get(locale);
  if (found === undefined) {
    found = createFormatter(locale);
    formatters.set(locale, found);
  }
  return found;
};

/**
 * A number as the report prints it: rounded half away from zero, a true minus sign, and the locale's
 * decimal mark and digit grouping (ru: "1 234,5" with non-breaking spaces).
 *
 * @example
 * numberText("ru", -1234.56, 1) // "−1 234,6"
 */
export function numberText(locale: Locale, value: number, decimals = 0): string {
  return formatter(locale).decimal(value, decimals);
}

/**
 * A difference in points with its sign: "+17", "−4", "0".
 *
 * @example
 * signedText("en", 17.2) // "+17"
 */
export function signedText(locale: Locale, value: number, decimals = 0): string {
  return formatter(locale).signed(value, decimals);
}

/**
 * A share 0..1 as a percentage: "42%" in English, "42 %" in Russian.
 *
 * @example
 * percentText("ru", 0.4234) // "42 %"
 */
export function percentText(locale: Locale, share: number, decimals = 0): string {
  return formatter(locale).share(share, decimals);
}

/** Word forms for {@link pluralText}: English uses one/other, Russian one/few/many. */
export interface PluralForms {
  readonly one: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

/**
 * A count with the word in the right form, by the locale's plural rules (Intl.PluralRules).
 *
 * @example
 * pluralText("ru", 22, { one: "ответ", few: "ответа", many: "ответов", other: "ответа" }) // "22 ответа"
 */
export function pluralText(locale: Locale, count: number, forms: PluralForms): string {
  const rule = new Intl.PluralRules(locale === "ru" ? "ru-RU" : "en-US").select(count);
  const word =
    rule === "one"
      ? forms.one
      : rule === "few"
        ? (forms.few ?? forms.other)
        : rule === "many"
          ? (forms.many ?? forms.other)
          : forms.other;
  return `${numberText(locale, count)} ${word}`;
}
