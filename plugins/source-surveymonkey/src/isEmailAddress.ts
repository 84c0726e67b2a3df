// The same practical check as the response schema's `email` format in @npskit/core (not exported there): an
// address that fails it would make the pipeline reject the whole response, so such an address is left out
// instead — an e-mail column is optional data, the score is not.
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

/**
 * Whether `value` passes the response schema's e-mail check (one `@`, a dotted domain, no spaces).
 *
 * @example
 * isEmailAddress("anna@example.com") // true
 * isEmailAddress("anna at example")  // false
 */
export function isEmailAddress(value: string): boolean {
  return EMAIL.test(value);
}
