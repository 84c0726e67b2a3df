import type { DistinctiveTerm } from "@npskit/core";
import type { CommentTerm } from "../text/commentTerms.js";
import { weightedLogOdds } from "./weightedLogOdds.js";

/** A distinctive term with the stem it was counted by. */
export interface StemmedDistinctiveTerm extends DistinctiveTerm {
  readonly stem: string;
}

/**
 * Default prior strength α₀. A prior as heavy as the data (α_w = the background count) hides every word in a
 * month of a few dozen comments — "twice" in 9 of 24 detractor comments and none of 25 promoters' gets
 * z = 1.8; 100 pseudo-words smooth rare words just as well and let such a word through (z ≈ 2.3). With
 * thousands of comments the data outweigh it either way.
 */
const MAX_PRIOR = 100;

/** Options of {@link distinctiveTerms}. */
export interface DistinctiveTermOptions {
  /** Fewest comments (detractor + promoter) a term must appear in: rarer words are noise. @default 4 */
  readonly minCount?: number;
  /** Smallest |z| kept: 1.96 is the two-sided 5 % level of a single test. @default 1.96 */
  readonly minZ?: number;
  /** Strength α₀ of the prior, capped by the number of words in all comments. @default 100 */
  readonly priorSize?: number;
  /** Most terms returned. @default 20 */
  readonly limit?: number;
}

/**
 * Words that separate detractor from promoter comments, by {@link weightedLogOdds} of their stems. Counts
 * are of comments, not occurrences (a word repeated in one rant counts once), and the prior is the stems of
 * all comments — detractors', passives' and promoters' — with strength α₀ = 100 words. z ≥ 1.96 ranks words
 * by evidence; with many words tested it is a filter against noise, not a significance test. `term` is the stem's most frequent written form, so
 * the report shows "expensive", not "expens". Sorted by |z|, then by term.
 *
 * @example
 * // detractors: 5 × "too expensive", 5 × "slow"; promoters: 5 × "great support", 5 × "slow"
 * distinctiveTerms([...], [], [...]).map((t) => [t.term, t.z])
 * // [["expensive", 2.6…], ["too", 2.6…], ["great", −2.6…], ["support", −2.6…]]: "slow" does not separate them
 */
export function distinctiveTerms(
  detractors: readonly (readonly CommentTerm[])[],
  passives: readonly (readonly CommentTerm[])[],
  promoters: readonly (readonly CommentTerm[])[],
  options: DistinctiveTermOptions = {},
): StemmedDistinctiveTerm[] {
  const minCount = options.minCount ?? 4;
  const minZ = options.minZ ?? 1.96;
  const words = new Map<string, Map<string, number>>();
  const count = (comments: readonly (readonly CommentTerm[])[]): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const terms of comments) {
      for (const stem of new Set(terms.map((term) => term.stem)))
        counts.set(stem, (counts.get(stem) ?? 0) + 1);
      for (const term of terms) {
        const forms = words.get(term.stem) ?? new Map<string, number>();
        forms.set(term.word, (forms.get(term.word) ?? 0) + 1);
        words.set(term.stem, forms);
      }
    }
    return counts;
  };
  const first = count(detractors);
  const second = count(promoters);
  const prior = new Map(first);
  for (const counts of [count(passives), second]) {
    for (const [stem, n] of counts) prior.set(stem, (prior.get(stem) ?? 0) + n);
  }
  const background = [...prior.values()].reduce((sum, n) => sum + n, 0);
  return weightedLogOdds(first, second, prior, Math.min(background, options.priorSize ?? MAX_PRIOR))
    .map((ratio) => ({
      stem: ratio.term,
      term: commonestForm(words.get(ratio.term)),
      detractorCount: first.get(ratio.term) ?? 0,
      promoterCount: second.get(ratio.term) ?? 0,
      z: ratio.z,
    }))
    .filter((term) => term.detractorCount + term.promoterCount >= minCount && Math.abs(term.z) >= minZ)
    .sort(
      (a, b) => Math.abs(b.z) - Math.abs(a.z) || compareText(a.term, b.term) || compareText(a.stem, b.stem),
    )
    .slice(0, options.limit ?? 20);
}

/** The most frequent written form; ties go to the alphabetically first, so the choice is deterministic. */
export function commonestForm(forms: ReadonlyMap<string, number> | undefined): string {
  let best = "";
  let bestCount = -1;
  for (const [form, n] of forms ?? []) {
    if (n > bestCount || (n === bestCount && compareText(form, best) < 0)) {
      best = form;
      bestCount = n;
    }
  }
  return best;
}

/** Code-point order: the same on every machine, unlike localeCompare. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
