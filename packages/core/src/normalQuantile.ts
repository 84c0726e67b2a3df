import { InvalidArgumentError } from "./errors.js";
import { normalCdf } from "./normalCdf.js";

/**
 * Inverse of the standard normal distribution: the z with Φ(z) = p, for 0 < p < 1.
 *
 * Starts from the rational approximation of Abramowitz & Stegun 26.2.23 (|error| < 4.5e-4) and refines it
 * with Halley steps against {@link normalCdf}, which gives full double precision in two or three steps.
 * Works on the lower tail and mirrors, so p close to 1 loses no digits.
 *
 * @example
 * normalQuantile(0.975) // 1.959963984540054
 * normalQuantile(0.5)   // 0
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) {
    throw new InvalidArgumentError(`a probability strictly between 0 and 1 is needed (got ${String(p)})`);
  }
  if (p === 0.5) return 0;
  const lower = Math.min(p, 1 - p);
  let x = -initialGuess(lower);
  for (let step = 0; step < 4; step++) {
    const error = normalCdf(x) - lower;
    const u = error * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
    const next = x - u / (1 + (x * u) / 2);
    if (next === x) break;
    x = next;
  }
  return p < 0.5 ? x : -x;
}

/** Abramowitz & Stegun 26.2.23, for 0 < q ≤ 0.5: the positive z with upper tail q. */
function initialGuess(q: number): number {
  const t = Math.sqrt(-2 * Math.log(q));
  const numerator = 2.515517 + 0.802853 * t + 0.010328 * t * t;
  const denominator = 1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t;
  return t - numerator / denominator;
}

/**
 * Critical value of a two-sided interval at confidence `level`: z with Φ(z) = 1 − (1 − level)/2.
 *
 * @example
 * criticalValue(0.95) // 1.959963984540054
 * criticalValue(0.9)  // 1.6448536269514722
 */
export function criticalValue(level: number): number {
  assertLevel(level);
  return normalQuantile(1 - (1 - level) / 2);
}

/** Throws unless 0 < level < 1; names the value so a user can fix `--level 95` (meant 0.95). */
export function assertLevel(level: number): void {
  if (!(typeof level === "number" && level > 0 && level < 1)) {
    throw new InvalidArgumentError(
      `confidence level must be a fraction between 0 and 1, such as 0.95 (got ${String(level)})`,
    );
  }
}
