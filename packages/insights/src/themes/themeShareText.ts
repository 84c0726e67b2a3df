import type { ThemeShare } from "@npskit/core";
import { type Locale, percentText, pluralText } from "../localeText.js";

/** "из N комментариев": genitive after "из" — singular after 1, 21…, plural otherwise. */
const OF_COMMENTS_RU = {
  one: "комментария",
  few: "комментариев",
  many: "комментариев",
  other: "комментария",
};

/**
 * How many comments of a category mention a theme, with the share: "5 of 24 comments (21%)",
 * "5 из 24 комментариев (21 %)". Without comments: "no comments" / "нет комментариев".
 *
 * @example
 * themeShareText("ru", { mentions: 1, comments: 21, share: 1 / 21 }) // "1 из 21 комментария (5 %)"
 */
export function themeShareText(locale: Locale, share: ThemeShare): string {
  if (share.share === null) return locale === "ru" ? "нет комментариев" : "no comments";
  const percent = percentText(locale, share.share);
  return locale === "ru"
    ? `${share.mentions} из ${pluralText(locale, share.comments, OF_COMMENTS_RU)} (${percent})`
    : `${share.mentions} of ${pluralText(locale, share.comments, { one: "comment", other: "comments" })} (${percent})`;
}
