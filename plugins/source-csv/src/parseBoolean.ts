const TRUE = new Set(["yes", "y", "true", "1", "да", "д"]);
const FALSE = new Set(["no", "n", "false", "0", "нет", "н"]);

/**
 * Reads a yes/no answer (consent to be contacted): yes/no, y/n, true/false, 1/0, да/нет, in any case.
 * Returns `null` for an empty cell and `undefined` for anything else.
 *
 * @example
 * parseBoolean("Да")    // true
 * parseBoolean("FALSE") // false
 * parseBoolean("")      // null
 * parseBoolean("maybe") // undefined
 */
export function parseBoolean(text: string): boolean | null | undefined {
  const word = text.trim().toLowerCase();
  if (word === "") return null;
  if (TRUE.has(word)) return true;
  if (FALSE.has(word)) return false;
  return undefined;
}
