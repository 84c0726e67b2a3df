/** Responses of one cell, by NPS category. `unanswered` responses have no score. */
export interface CategoryCounts {
  promoters: number;
  passives: number;
  detractors: number;
  unanswered: number;
}

/** One calendar month × region cell. */
export interface MonthRegionCell extends CategoryCounts {
  readonly month: string;
  readonly region: string;
}

/**
 * What a benchmark runner computed from the CSV, in a shape both engines can produce, so that one check
 * compares each against the generator's ground truth. Optional parts are what only one engine exposes:
 * `runCalcFromFile` returns per-region totals and accounting, DuckDB returns month × region × score.
 */
export interface Aggregates {
  readonly total: CategoryCounts;
  /** By region over all months, keyed by region name. */
  readonly byRegion: Readonly<Record<string, CategoryCounts>>;
  readonly byMonthRegion?: readonly MonthRegionCell[];
  /** Responses per score 0..10. */
  readonly scoreCounts?: readonly number[];
  /** Records the engine refused (our pipeline's accounting); the generated file has none. */
  readonly rejected?: number;
  /** Records dropped as duplicate ids; the generated file has none. */
  readonly duplicates?: number;
}

/** Zeroed counts. */
export function emptyCounts(): CategoryCounts {
  return { promoters: 0, passives: 0, detractors: 0, unanswered: 0 };
}

/** Adds `from` into `into` and returns `into`. */
export function addCounts(into: CategoryCounts, from: CategoryCounts): CategoryCounts {
  into.promoters += from.promoters;
  into.passives += from.passives;
  into.detractors += from.detractors;
  into.unanswered += from.unanswered;
  return into;
}

/** Per-region totals over all months of month × region cells. */
export function byRegionOf(cells: readonly MonthRegionCell[]): Record<string, CategoryCounts> {
  const byRegion: Record<string, CategoryCounts> = {};
  for (const cell of cells) {
    byRegion[cell.region] ??= emptyCounts();
    addCounts(byRegion[cell.region]!, cell);
  }
  return byRegion;
}
