import { isUtf8 } from "node:buffer";

/** Text decoded from a chunk of bytes. */
export interface DecodedText {
  readonly text: string;
  /** Positions in `text` of U+FFFD characters that stand for undecodable bytes (UTF-8 only). */
  readonly invalid: readonly number[];
}

/** Turns a byte stream into text chunk by chunk; characters split across chunks come out whole. */
export interface ChunkDecoder {
  decode(bytes: Uint8Array): DecodedText;
  /** Decodes what is left at the end of the stream (an incomplete character becomes invalid). */
  end(): DecodedText;
}

const EMPTY: DecodedText = { text: "", invalid: [] };

/**
 * A decoder for `encoding` (a canonical WHATWG name, as `new TextDecoder(label).encoding` gives). Byte order
 * marks are not stripped here: the reader removes the leading one itself.
 *
 * UTF-8 is validated strictly, and the positions of invalid bytes are reported instead of being silently
 * replaced, so that the affected records can be rejected with a hint about the encoding. Other encodings go
 * through `TextDecoder`; Windows-1251 maps every byte, so it cannot fail.
 *
 * @example
 * const decoder = createChunkDecoder("utf-8");
 * decoder.decode(Uint8Array.of(0xd0));       // { text: "", invalid: [] }: half of "Д", kept for later
 * decoder.decode(Uint8Array.of(0x94, 0xff)); // { text: "Д\uFFFD", invalid: [1] }
 */
export function createChunkDecoder(encoding: string): ChunkDecoder {
  return encoding === "utf-8" ? utf8Decoder() : streamingDecoder(encoding);
}

function streamingDecoder(encoding: string): ChunkDecoder {
  const decoder = new TextDecoder(encoding, { ignoreBOM: true });
  return {
    decode: (bytes) => ({ text: decoder.decode(bytes, { stream: true }), invalid: [] }),
    end: () => ({ text: decoder.decode(), invalid: [] }),
  };
}

function utf8Decoder(): ChunkDecoder {
  let carry: Uint8Array | undefined;
  return {
    decode(bytes) {
      const data = carry === undefined ? bytes : concat(carry, bytes);
      const cut = completeUtf8Length(data);
      // Copy the few carried bytes: the caller may reuse its buffer.
      carry = cut < data.length ? data.slice(cut) : undefined;
      return decodeUtf8(data.subarray(0, cut));
    },
    end() {
      const rest = carry;
      carry = undefined;
      return rest === undefined ? EMPTY : decodeUtf8(rest);
    },
  };
}

/**
 * Length of the prefix of `bytes` that ends on a character boundary: a multi-byte character cut at the end
 * is left out. Invalid tails are not judged here; the decoder reports them once the next chunk is known.
 */
export function completeUtf8Length(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let k = n - 1; k >= 0 && k >= n - 4; k--) {
    const b = bytes[k]!;
    if (b < 0x80) return n;
    if (b >= 0xc0) {
      const size = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return k + size > n ? k : n;
    }
  }
  return n;
}

function decodeUtf8(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) return EMPTY;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // isUtf8 is a SIMD validator: the common, valid case costs one pass and one native decode.
  if (isUtf8(buffer)) return { text: buffer.toString("utf8"), invalid: [] };
  return decodeMarkingInvalid(buffer);
}

/** Decodes valid runs natively and replaces each invalid sequence by one U+FFFD whose position is recorded. */
function decodeMarkingInvalid(buffer: Buffer): DecodedText {
  const invalid: number[] = [];
  let text = "";
  let run = 0;
  let i = 0;
  while (i < buffer.length) {
    if (buffer[i]! < 0x80) {
      i += 1;
      continue;
    }
    const length = sequenceLength(buffer, i);
    if (length > 0) {
      i += length;
      continue;
    }
    text += buffer.toString("utf8", run, i);
    invalid.push(text.length);
    text += "\uFFFD";
    i -= length;
    run = i;
  }
  text += buffer.toString("utf8", run, buffer.length);
  return { text, invalid };
}

/**
 * Length of the valid UTF-8 sequence at `i`, or minus the length of its longest invalid prefix (at least 1),
 * after the Unicode "maximal subpart" rule — so an ASCII byte (a delimiter, a quote) is never swallowed.
 */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  let need: number;
  let low = 0x80;
  let high = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) need = 1;
  else if (b === 0xe0) [need, low] = [2, 0xa0];
  else if (b === 0xed) [need, high] = [2, 0x9f];
  else if (b >= 0xe1 && b <= 0xef) need = 2;
  else if (b === 0xf0) [need, low] = [3, 0x90];
  else if (b === 0xf4) [need, high] = [3, 0x8f];
  else if (b >= 0xf1 && b <= 0xf3) need = 3;
  else return -1;
  for (let k = 1; k <= need; k++) {
    const c = bytes[i + k];
    const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
    if (c === undefined || c < min || c > max) return -k;
  }
  return need + 1;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const result = new Uint8Array(a.length + b.length);
  result.set(a);
  result.set(b, a.length);
  return result;
}
