/** Longest segment value the response schema allows, in characters. */
const MAX_SEGMENT_VALUE = 1024;
/** Distinct values one column may have: a column with more is not a segment anyone breaks results down by. */
const MAX_INTERNED_VALUES = 1 << 20;
const CACHE_SLOTS = 1024;

/**
 * Numbers the distinct values of one segment column, looked up by the field's bytes so that a row costs a
 * hash and a compare instead of a decoded string: a region column holds millions of cells but a handful of
 * values. Each value is decoded once, when first seen, and checked there against what the response schema
 * and the row mapper would do with it; `fast[id]` is false for a value the row mapper must see (spaces around
 * it, longer than the schema allows), so those rows take the reference path. Values arriving as strings (rows
 * read by the row mapper) share the same numbers.
 */
export class ByteInterner {
  /** The value of each id. */
  readonly values: string[] = [];
  /** Whether rows with this value may be counted from their bytes. */
  readonly fast: boolean[] = [];
  readonly #ids = new Map<string, number>();
  /** Hash of the bytes → [id, bytes] pairs with that hash. */
  readonly #byHash = new Map<number, { id: number; bytes: Uint8Array; quoted: boolean }[]>();
  /**
   * A direct-mapped cache in front of the hash: slot by length and end bytes, checked by a compare. A
   * column's few values almost never share a slot, so most fields cost a handful of byte compares.
   */
  readonly #slotIds = new Int32Array(CACHE_SLOTS).fill(-1);
  readonly #slotBytes: (Uint8Array | undefined)[] = new Array(CACHE_SLOTS);

  /**
   * The id of the field `bytes[start, end)`: the text between the quotes for a quoted field (`quoted`), with
   * its doubled quotes still doubled. Returns -1 when the column already holds too many values.
   */
  intern(bytes: Uint8Array, start: number, end: number, quoted: boolean): number {
    const length = end - start;
    const slot =
      (length * 131 + bytes[start]! * 31 + bytes[end - 1]! * 7 + (quoted ? 1 : 0)) & (CACHE_SLOTS - 1);
    const cached = this.#slotBytes[slot];
    if (
      cached !== undefined &&
      this.#slotQuoted[slot] === (quoted ? 1 : 0) &&
      sameBytes(cached, bytes, start, end)
    )
      return this.#slotIds[slot]!;
    const id = this.#lookUp(bytes, start, end, quoted);
    if (id >= 0) {
      this.#slotIds[slot] = id;
      this.#slotBytes[slot] = bytes.slice(start, end);
      this.#slotQuoted[slot] = quoted ? 1 : 0;
    }
    return id;
  }

  readonly #slotQuoted = new Uint8Array(CACHE_SLOTS);

  #lookUp(bytes: Uint8Array, start: number, end: number, quoted: boolean): number {
    let hash = quoted ? 0x9e3779b9 : 0x811c9dc5;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
    const candidates = this.#byHash.get(hash);
    if (candidates !== undefined) {
      for (const candidate of candidates) {
        if (candidate.quoted === quoted && sameBytes(candidate.bytes, bytes, start, end)) return candidate.id;
      }
    }
    const raw = Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString("utf8");
    const id = this.internString(quoted ? raw.replaceAll('""', '"') : raw);
    if (id < 0) return id;
    const entry = { id, bytes: bytes.slice(start, end), quoted };
    if (candidates === undefined) this.#byHash.set(hash, [entry]);
    else candidates.push(entry);
    return id;
  }

  /** The id of a value given as text, or -1 when the column already holds too many values. */
  internString(value: string): number {
    let id = this.#ids.get(value);
    if (id === undefined) {
      if (this.values.length >= MAX_INTERNED_VALUES) return -1;
      id = this.values.length;
      this.values.push(value);
      // The row mapper trims cells and the schema counts characters: a value that either would change or
      // refuse is left to them. (Code units bound code points from above, so this never refuses a valid one.)
      this.fast.push(value.length <= MAX_SEGMENT_VALUE && value.trim() === value && value !== "");
      this.#ids.set(value, id);
    }
    return id;
  }
}

function sameBytes(known: Uint8Array, bytes: Uint8Array, start: number, end: number): boolean {
  if (known.length !== end - start) return false;
  for (let i = 0; i < known.length; i++) if (known[i] !== bytes[start + i]) return false;
  return true;
}
