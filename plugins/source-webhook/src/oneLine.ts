/** Longest reason kept, in UTF-16 units; reasons are stored next to every refused delivery. */
export const MAX_REASON_LENGTH = 500;

/**
 * Makes text fit a one-line reason: control characters (line breaks included) become spaces and the text is
 * capped at `maxLength` with "…". Payload values quoted in reasons are untrusted, so this runs on every one.
 *
 * @example
 * oneLine("bad\nvalue")   // "bad value"
 * oneLine("abcdef", 4)    // "abc…"
 */
export function oneLine(text: string, maxLength: number = MAX_REASON_LENGTH): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is replaced.
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ");
  if (flat.length <= maxLength) return flat;
  // Cut on a code point boundary: never leave half a surrogate pair before the ellipsis.
  return `${Array.from(flat.slice(0, maxLength)).slice(0, -1).join("")}…`;
}
