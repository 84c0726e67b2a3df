/**
 * The candidate closest to `word` by edit distance (insertions, deletions, substitutions and swaps of
 * neighbours), if it is close enough to be a plausible typo: at most a third of the word's length, and at
 * least one edit — or a candidate that starts with the word ("consent" → "consentToContact").
 * Used for "did you mean …?" hints.
 *
 * @example
 * closestMatch("scroe", ["id", "score", "comment"]) // "score"
 * closestMatch("xyz", ["id", "score"])              // undefined
 */
export function closestMatch(word: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(1, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  const lower = word.toLowerCase();
  const list = [...candidates];
  // A case-only difference is distance 0: it beats a longer candidate that merely starts with the word.
  const sameLetters = list.find((c) => c.toLowerCase() === lower);
  if (sameLetters !== undefined) return sameLetters;
  const extension = lower.length >= 3 ? list.find((c) => c.toLowerCase().startsWith(lower)) : undefined;
  if (extension !== undefined) return extension;
  for (const candidate of list) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** Optimal string alignment distance (Damerau–Levenshtein without repeated edits of one substring). */
function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        d[(i - 1) * cols + j]! + 1,
        d[i * cols + j - 1]! + 1,
        d[(i - 1) * cols + j - 1]! + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, d[(i - 2) * cols + j - 2]! + 1);
      }
      d[i * cols + j] = value;
    }
  }
  return d[rows * cols - 1]!;
}
