/** The log-odds ratio of one term, with its variance and z-score. */
export interface LogOddsRatio {
  readonly term: string;
  /** δ: log-odds of the term in the first corpus minus in the second. */
  readonly delta: number;
  /** Approximate variance of δ. */
  readonly variance: number;
  /** δ / √variance: positive leans to the first corpus, negative to the second. */
  readonly z: number;
}

/**
 * Weighted log-odds ratio with an informative Dirichlet prior — Monroe, Colaresi & Quinn (2008), "Fightin'
 * Words: Lexical Feature Selection and Evaluation for Identifying the Content of Political Conflict",
 * Political Analysis 16(4), eq. 22 and the variance after it. For term w with counts yᵢ in corpus i (size nᵢ),
 * yⱼ in corpus j (size nⱼ), and prior pseudo-counts α_w summing to α₀:
 *
 *   δ_w = ln((yᵢ + α_w) / (nᵢ + α₀ − yᵢ − α_w)) − ln((yⱼ + α_w) / (nⱼ + α₀ − yⱼ − α_w))
 *   σ²(δ_w) ≈ 1/(yᵢ + α_w) + 1/(yⱼ + α_w)          z_w = δ_w / σ(δ_w)
 *
 * The prior is the background corpus (`prior` counts, e.g. all comments), scaled to total α₀ = `priorSize`
 * (default: the background's own size, i.e. α_w = the background count). It shrinks the ratio of rare terms
 * toward zero, so "z" ranks terms by evidence, not by raw ratio: a word said twice never outranks one said
 * forty times. Terms absent from `prior` get no prior and are skipped (put both corpora in the background).
 *
 * @example
 * // a: 10 vs 2, b: 2 vs 10, background a: 12, b: 12 (α_a = α_b = 12, α₀ = 24, nᵢ = nⱼ = 12):
 * // δ_a = ln(22/14) − ln(14/22) = 0.903970, σ² = 1/22 + 1/14 = 0.116883, z_a = 2.644102; z_b = −2.644102
 * weightedLogOdds(new Map([["a", 10], ["b", 2]]), new Map([["a", 2], ["b", 10]]), new Map([["a", 12], ["b", 12]]))
 */
export function weightedLogOdds(
  first: ReadonlyMap<string, number>,
  second: ReadonlyMap<string, number>,
  prior: ReadonlyMap<string, number>,
  priorSize?: number,
): LogOddsRatio[] {
  const sizeOf = (counts: ReadonlyMap<string, number>): number =>
    [...counts.values()].reduce((sum, count) => sum + count, 0);
  const firstSize = sizeOf(first);
  const secondSize = sizeOf(second);
  const background = sizeOf(prior);
  if (background === 0) return [];
  const alpha0 = priorSize ?? background;
  const ratios: LogOddsRatio[] = [];
  for (const [term, priorCount] of prior) {
    if (priorCount <= 0) continue;
    const alpha = (alpha0 * priorCount) / background;
    const yi = first.get(term) ?? 0;
    const yj = second.get(term) ?? 0;
    const delta =
      Math.log((yi + alpha) / (firstSize + alpha0 - yi - alpha)) -
      Math.log((yj + alpha) / (secondSize + alpha0 - yj - alpha));
    const variance = 1 / (yi + alpha) + 1 / (yj + alpha);
    ratios.push({ term, delta, variance, z: delta / Math.sqrt(variance) });
  }
  return ratios;
}
