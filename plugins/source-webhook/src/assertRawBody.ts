import { InvalidArgumentError } from "@npskit/core";

/**
 * Checks that a request body is raw bytes. Signatures are computed over the exact bytes that were sent; a
 * string or a parsed object has already lost them (re-encoded, re-serialized), so accepting one would make
 * verification depend on how the caller decoded the body. Throws `InvalidArgumentError`
 * (`NPSKIT_E_INVALID_ARGUMENT`) otherwise: that is a bug in the caller, not a bad delivery.
 */
export function assertRawBody(body: unknown, caller: string): asserts body is Uint8Array {
  if (!(body instanceof Uint8Array)) {
    throw new InvalidArgumentError(
      `${caller}: body must be the raw request bytes (a Buffer or Uint8Array), got ${body === null ? "null" : typeof body}`,
    );
  }
}
