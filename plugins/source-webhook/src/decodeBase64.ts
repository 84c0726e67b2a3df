// Standard alphabet; padding optional (unpadded secrets occur), but if present it must complete the last group.
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Decodes standard base64 strictly, or returns `undefined`. `Buffer.from(text, "base64")` silently skips
 * characters outside the alphabet, so a garbled signature could decode to some bytes; here anything but the
 * alphabet, with optional correct padding, is refused.
 *
 * @example
 * decodeBase64("aGk=")  // Uint8Array [0x68, 0x69] ("hi")
 * decodeBase64("aGk")   // the same: padding is optional
 * decodeBase64("a*Gk=") // undefined
 */
export function decodeBase64(text: string): Uint8Array | undefined {
  if (!BASE64.test(text)) return undefined;
  // The pattern allows at most two "=", at the end.
  const padding = text.endsWith("==") ? 2 : text.endsWith("=") ? 1 : 0;
  // A single leftover character cannot encode a whole byte; padding must make the length a multiple of 4.
  if ((text.length - padding) % 4 === 1) return undefined;
  if (padding > 0 && text.length % 4 !== 0) return undefined;
  return new Uint8Array(Buffer.from(text, "base64"));
}
