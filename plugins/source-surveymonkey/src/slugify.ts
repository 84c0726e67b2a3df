/** Longest slug made from a question text; the schema allows 128, a dimension name should be far shorter. */
const MAX_LENGTH = 64;

/**
 * A segment name from a question text or column name: its words (letters and digits of any script), lower
 * case, joined by hyphens, cut at a word boundary within 64 characters; "segment" when nothing is left.
 *
 * @example
 * slugify("Which region are you in?") // "which-region-are-you-in"
 * slugify("В каком вы регионе?")      // "в-каком-вы-регионе"
 * slugify("Custom Data 1")            // "custom-data-1"
 */
export function slugify(text: string): string {
  const words =
    text
      .normalize("NFKC")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  let slug = "";
  for (const word of words) {
    const next = slug === "" ? word : `${slug}-${word}`;
    if (next.length > MAX_LENGTH) break;
    slug = next;
  }
  // A first word longer than the limit is cut rather than lost.
  if (slug === "" && words.length > 0) slug = words[0]!.slice(0, MAX_LENGTH);
  return slug === "" ? "segment" : slug;
}
