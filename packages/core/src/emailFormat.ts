/**
 * A practical e-mail check (one `@`, a dotted domain, no spaces): catches swapped columns and typos,
 * without pretending to implement all of RFC 5322.
 */
export function isEmail(value: string): boolean {
  return EMAIL.test(value);
}

const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;
