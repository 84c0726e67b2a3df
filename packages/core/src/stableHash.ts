/**
 * A 32-bit hash of a string that never changes between runs, machines or Node versions: FNV-1a over the
 * string's UTF-16 code units, finished with MurmurHash3's `fmix32` so that ids differing only in their last
 * character ("r-1000", "r-1001") land far apart. Not cryptographic — it ranks items for deterministic
 * sampling, where what matters is that the order looks random and is the same every time.
 *
 * References: Fowler, Noll & Vo, FNV-1a (IETF draft-eastlake-fnv); Appleby, MurmurHash3 `fmix32`.
 *
 * @example
 * stableHash("r-1000") // 2654200870
 * stableHash("r-1001") // 1158081653
 */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}
