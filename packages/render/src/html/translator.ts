import type { Formatter } from "@npskit/core";

/** A plural form set, chosen with Intl.PluralRules: "one", "few", "many", "other"… */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & { readonly other: string };

/** A locale file: nested objects of strings and plural form sets. */
export interface LocaleStrings {
  readonly [key: string]: string | LocaleStrings;
}

/** Parameters of a string: numbers are formatted for the locale; `count` also picks the plural form. */
export type TranslationParams = Readonly<Record<string, string | number>>;

/** Looks up a locale string by its dotted key and fills in its `{placeholders}`. */
export interface Translator {
  (key: string, params?: TranslationParams): string;
  readonly locale: string;
  /** Whether a key exists (for optional strings such as dimension names). */
  has(key: string): boolean;
}

const PLURAL_KEYS = new Set(["zero", "one", "two", "few", "many", "other"]);

/**
 * A {@link Translator} over locale strings. A string may be a plural form set
 * (`{ "one": "{count} ответ", "few": "{count} ответа", "many": "{count} ответов", "other": "{count} ответа" }`);
 * the form is chosen by `Intl.PluralRules` from `params.count`. Placeholders `{name}` are replaced by
 * `params.name`, numbers formatted as integers for the locale; a value that ends with a full stop (a Russian
 * date, "2026 г.") absorbs the sentence's own. A missing key or parameter throws: a report with a hole in a
 * sentence must not be sent.
 *
 * @example
 * const t = createTranslator({ answers: { one: "{count} ответ", few: "{count} ответа", many: "{count} ответов", other: "{count} ответа" } }, format)
 * t("answers", { count: 21 }) // "21 ответ"
 */
export function createTranslator(strings: LocaleStrings, format: Formatter): Translator {
  const rules = new Intl.PluralRules(format.locale);
  const find = (key: string): string | LocaleStrings | undefined => {
    let node: string | LocaleStrings | undefined = strings;
    for (const part of key.split(".")) {
      if (typeof node !== "object" || !Object.hasOwn(node, part)) return undefined;
      node = node[part];
    }
    return node;
  };
  const translate = (key: string, params: TranslationParams = {}): string => {
    const entry = find(key);
    let text: string | undefined;
    if (typeof entry === "string") text = entry;
    else if (entry !== undefined && isPluralForms(entry)) {
      const count = params.count;
      if (typeof count !== "number") throw new Error(`locale string "${key}" needs a numeric count`);
      text = entry[rules.select(count)] ?? entry.other;
    }
    if (typeof text !== "string") throw new Error(`missing locale string "${key}" (${format.locale})`);
    return text.replace(/\{(\w+)\}(\.?)/g, (_, name: string, dot: string) => {
      const value = params[name];
      if (value === undefined) throw new Error(`locale string "${key}" needs the parameter "${name}"`);
      const filled = typeof value === "number" ? format.integer(value) : value;
      // "…октябрь 2026 г." at the end of a sentence: one full stop, not two.
      return dot !== "" && filled.endsWith(".") ? filled : filled + dot;
    });
  };
  return Object.assign(translate, {
    locale: format.locale,
    has: (key: string) => {
      const entry = find(key);
      return typeof entry === "string" || (entry !== undefined && isPluralForms(entry));
    },
  });
}

function isPluralForms(entry: LocaleStrings): entry is LocaleStrings & PluralForms {
  const keys = Object.keys(entry);
  return (
    keys.includes("other") && keys.every((key) => PLURAL_KEYS.has(key) && typeof entry[key] === "string")
  );
}
