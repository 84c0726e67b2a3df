import type { Locale } from "../localeText.js";

/** What replaces each kind of personal data, by report language. */
const MASKS: Readonly<Record<Locale, Readonly<Record<PiiKind, string>>>> = {
  en: { email: "[e-mail]", url: "[link]", phone: "[phone]", number: "[number]" },
  ru: { email: "[e-mail]", url: "[ссылка]", phone: "[телефон]", number: "[номер]" },
};

type PiiKind = "email" | "url" | "phone" | "number";

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const URL_LIKE = /\b(?:https?:\/\/|www\.)[^\s<>"']+/giu;
/** A run of digits with the separators people type inside phone and card numbers. */
const DIGIT_RUN = /(?<![\p{L}\p{N}])\+?\(?\d(?:[ \t().-]{0,2}\d)+(?![\p{L}\p{N}])/gu;
/** Dates (2026-10-15, 15.10.2026, 15/10/26) and times are not personal data. */
const DATE = /^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})$/;
/** A number grouped by thousands ("1 500 000", "12.500.000"): an amount, not a phone. */
const THOUSANDS = /^\d{1,3}(?:[ .]\d{3})+$/;
const TRAILING_PUNCTUATION = /[.,;:!?)\]]+$/;

/**
 * Masks personal data in a comment before it is quoted: e-mail addresses, web links, phone numbers and long
 * digit runs (card, account and contract numbers). Deterministic and conservative about numbers that are
 * not personal: dates, thousands-grouped amounts and runs of fewer than 7 digits stay.
 *
 * A digit run (spaces, dots, dashes and parentheses allowed inside) is a phone when it starts with "+" or
 * "(", or has 7 to 11 digits; 12 or more digits without "+" is a card or account number. The text stays
 * plain text — escaping is the templates' job — and masks are bracketed words so they read as such.
 *
 * @example
 * maskPii("Call me on +7 916 123-45-67 or mail ivan@example.ru", "en") // "Call me on [phone] or mail [e-mail]"
 * maskPii("Карта 4111 1111 1111 1111 не прошла", "ru") // "Карта [номер] не прошла"
 */
export function maskPii(text: string, locale: Locale): string {
  const masks = MASKS[locale];
  return text
    .replace(URL_LIKE, (match) => {
      // A sentence's closing punctuation is not part of the link.
      const tail = TRAILING_PUNCTUATION.exec(match)?.[0] ?? "";
      return masks.url + tail;
    })
    .replace(EMAIL, masks.email)
    .replace(DIGIT_RUN, (match) => {
      const digits = match.replace(/\D/g, "").length;
      if (DATE.test(match) || THOUSANDS.test(match)) return match;
      if (match.startsWith("+") || match.startsWith("(")) return digits >= 7 ? masks.phone : match;
      if (digits >= 12) return masks.number;
      return digits >= 7 ? masks.phone : match;
    });
}
