import { isUtf8 } from "node:buffer";
import { completeUtf8Length } from "./chunkDecoder.js";

/** How the encoding of a file was decided. */
export type EncodingEvidence = "option" | "byte order mark" | "valid UTF-8" | "zero bytes" | "not UTF-8";

/** The encoding of a file and the length of its byte order mark. */
export interface DetectedEncoding {
  /** Canonical WHATWG name: "utf-8", "utf-16le", "utf-16be", "windows-1251", … */
  readonly encoding: string;
  /** Bytes of the leading byte order mark to skip (0 when there is none). */
  readonly bomLength: number;
  readonly evidence: EncodingEvidence;
}

/**
 * Detects the encoding from the first bytes of a file: a byte order mark (UTF-8, UTF-16 LE/BE) decides;
 * otherwise UTF-16 without a mark shows as zero bytes in every other position; otherwise the sample is UTF-8
 * if it decodes strictly as UTF-8, and Windows-1251 (what Russian Excel writes) if not. `complete` says
 * the sample is the whole file, so a character cut at its end is an error rather than the end of a sample.
 *
 * @example
 * detectEncoding(Buffer.from("id;оценка"), true)              // { encoding: "utf-8", bomLength: 0, evidence: "valid UTF-8" }
 * detectEncoding(Buffer.from([0x69, 0x64, 0x3b, 0xee]), true) // { encoding: "windows-1251", bomLength: 0, evidence: "not UTF-8" }
 */
export function detectEncoding(sample: Uint8Array, complete: boolean): DetectedEncoding {
  const bom = byteOrderMark(sample);
  if (bom !== undefined) return { ...bom, evidence: "byte order mark" };
  const utf16 = utf16WithoutMark(sample);
  if (utf16 !== undefined) return { encoding: utf16, bomLength: 0, evidence: "zero bytes" };
  const end = complete ? sample.length : completeUtf8Length(sample);
  const valid = isUtf8(sample.subarray(0, end));
  return valid
    ? { encoding: "utf-8", bomLength: 0, evidence: "valid UTF-8" }
    : { encoding: "windows-1251", bomLength: 0, evidence: "not UTF-8" };
}

/**
 * Resolves an `encoding` option to its canonical name (any label `TextDecoder` knows: "cp1251", "utf8",
 * "latin1"…), with the length of a matching byte order mark at the start of `sample`.
 * Returns `undefined` for a label `TextDecoder` does not know.
 *
 * @example
 * encodingOption("CP1251", Buffer.from("x")) // { encoding: "windows-1251", bomLength: 0, evidence: "option" }
 */
export function encodingOption(label: string, sample: Uint8Array): DetectedEncoding | undefined {
  const encoding = canonicalEncoding(label);
  if (encoding === undefined) return undefined;
  const bom = byteOrderMark(sample);
  return { encoding, bomLength: bom?.encoding === encoding ? bom.bomLength : 0, evidence: "option" };
}

/** The canonical WHATWG name of an encoding label, or `undefined` when `TextDecoder` does not support it. */
export function canonicalEncoding(label: string): string | undefined {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

function byteOrderMark(bytes: Uint8Array): { encoding: string; bomLength: number } | undefined {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: "utf-8", bomLength: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: "utf-16le", bomLength: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: "utf-16be", bomLength: 2 };
  return undefined;
}

/**
 * ASCII text in UTF-16 has a zero byte in every character: at odd offsets in little-endian, even in
 * big-endian. Text in any 8-bit encoding has (almost) none.
 */
function utf16WithoutMark(bytes: Uint8Array): string | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even += 1;
    if (bytes[i + 1] === 0) odd += 1;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.4 && even < pairs * 0.05) return "utf-16le";
  if (even > pairs * 0.4 && odd < pairs * 0.05) return "utf-16be";
  return undefined;
}
