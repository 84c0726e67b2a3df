import { timingSafeEqual } from "node:crypto";

/**
 * Whether two byte strings are equal, in time that does not depend on where they differ
 * (`crypto.timingSafeEqual`). Lengths are compared first: the length of a MAC is public (32 bytes for
 * HMAC-SHA256), so a length mismatch leaks nothing and `timingSafeEqual` only ever sees equal lengths.
 *
 * @example
 * constantTimeEqual(Buffer.from("abc"), Buffer.from("abc")) // true
 * constantTimeEqual(Buffer.from("abc"), Buffer.from("abd")) // false
 */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  return timingSafeEqual(a, b);
}
