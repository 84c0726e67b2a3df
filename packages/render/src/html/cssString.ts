/**
 * A CSS string literal whose every character outside [A-Za-z0-9 ] is a hex escape, so no text can end the
 * string or the rule. Used only for npskit's own words (the locale's "Page {page} of {pages}", a period
 * label from Intl); text from the data never goes into CSS at all.
 *
 * @example
 * cssString('Стр. "1"') // "\"\\421 \\442 \\440 \\2e  \\22 1\\22 \""
 */
export function cssString(text: string): string {
  let out = '"';
  for (const char of text) {
    out += /[A-Za-z0-9 ]/.test(char) ? char : `\\${(char.codePointAt(0) ?? 0).toString(16)} `;
  }
  return `${out}"`;
}
