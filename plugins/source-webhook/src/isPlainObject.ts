/**
 * Whether a parsed JSON value is an object (not null, not an array): the shape every payload node is checked
 * for before its keys are read.
 *
 * @example
 * isPlainObject({}) // true
 * isPlainObject([]) // false
 */
export function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
