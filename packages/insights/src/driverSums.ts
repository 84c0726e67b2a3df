/**
 * Running sums of one attribute rating (`drivers.<name>`) against the 0–10 score: all a Pearson correlation,
 * a mean and the range need, in constant memory however many responses there are.
 */
export interface DriverSums {
  readonly name: string;
  /** Answered responses that rated the attribute. */
  n: number;
  /** Σx, the ratings. */
  sumX: number;
  /** Σy, the scores. */
  sumY: number;
  sumXX: number;
  sumYY: number;
  sumXY: number;
  /** Lowest rating seen; +∞ before the first. */
  min: number;
  /** Highest rating seen; −∞ before the first. */
  max: number;
}

/** Sums of a driver nobody has rated yet. */
export function emptyDriverSums(name: string): DriverSums {
  return {
    name,
    n: 0,
    sumX: 0,
    sumY: 0,
    sumXX: 0,
    sumYY: 0,
    sumXY: 0,
    min: Number.POSITIVE_INFINITY,
    max: Number.NEGATIVE_INFINITY,
  };
}

/**
 * Adds one (rating, score) pair.
 *
 * @example
 * const sums = emptyDriverSums("support");
 * addDriverRating(sums, 4, 9); // sums: { n: 1, sumX: 4, sumY: 9, sumXY: 36, min: 4, max: 4, … }
 */
export function addDriverRating(sums: DriverSums, rating: number, score: number): void {
  sums.n += 1;
  sums.sumX += rating;
  sums.sumY += score;
  sums.sumXX += rating * rating;
  sums.sumYY += score * score;
  sums.sumXY += rating * score;
  if (rating < sums.min) sums.min = rating;
  if (rating > sums.max) sums.max = rating;
}
