/**
 * Trims `text` and caps it at `maxLength` characters (Unicode code points, so an emoji or a Cyrillic letter
 * counts once and is never cut in half); a longer text keeps its first `maxLength − 1` characters and ends
 * with "…". The text is otherwise kept as it is — line breaks and markup included — because escaping belongs
 * to whoever displays it.
 *
 * @example
 * capText("  Great support!  ", 1000) // "Great support!"
 * capText("abcdef", 4)                // "abc…"
 */
export function capText(text: string, maxLength: number): string {
  const trimmed = text.trim();
  // Cheap check first: a string of at most maxLength UTF-16 units has at most maxLength code points.
  if (trimmed.length <= maxLength) return trimmed;
  const points = Array.from(trimmed);
  if (points.length <= maxLength) return trimmed;
  // Trim again before the ellipsis, so a cut just after a space does not print "word …".
  return `${points
    .slice(0, maxLength - 1)
    .join("")
    .trimEnd()}…`;
}
