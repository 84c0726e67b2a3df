import { assertRawBody } from "./assertRawBody.js";
import { oneLine } from "./oneLine.js";

/** Outcome of {@link parseJsonBody}. */
export type ParsedBody =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly reason: string };

// fatal: a payload with broken UTF-8 is refused rather than silently patched with U+FFFD. One decoder serves
// every call: a whole-buffer decode (no `stream` option) starts from a clean state each time.
const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Parses a verified raw body as JSON: strict UTF-8 (invalid bytes are refused, not replaced), a leading byte
 * order mark skipped. Run it after the signature check, which needs the bytes untouched.
 *
 * @example
 * parseJsonBody(Buffer.from('{"a":1}')) // { ok: true, value: { a: 1 } }
 * parseJsonBody(Buffer.from(""))        // { ok: false, reason: "body is empty" }
 */
export function parseJsonBody(body: Uint8Array): ParsedBody {
  assertRawBody(body, "parseJsonBody");
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    return { ok: false, reason: "body is not valid UTF-8" };
  }
  if (text.trim() === "") return { ok: false, reason: "body is empty" };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, reason: oneLine(`body is not valid JSON: ${(error as Error).message}`) };
  }
}
