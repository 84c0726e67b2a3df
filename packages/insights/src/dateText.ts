import type { Locale } from "./localeText.js";

/**
 * A day as the report prints it, in the report's time zone: "2 October 2026" / "2 октября 2026 г.".
 *
 * @example
 * dateText("en", "2026-10-01T22:30:00Z", "Europe/Moscow") // "2 October 2026"
 */
export function dateText(locale: Locale, instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale === "ru" ? "ru-RU" : "en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone,
  }).format(new Date(instant));
}
