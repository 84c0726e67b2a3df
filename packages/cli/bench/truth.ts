import { readFile } from "node:fs/promises";
import {
  addCounts,
  byRegionOf,
  type CategoryCounts,
  emptyCounts,
  type MonthRegionCell,
} from "./aggregates.js";

/** The part of `gen-responses.mjs --truth` JSON the benchmark checks against. */
export interface Truth {
  readonly options: { readonly rows: number; readonly seed: string };
  /** The generator's month definition (UTC `YYYY-MM` of `submitted_at`), quoted in mismatch messages. */
  readonly definition: string;
  readonly total: CategoryCounts;
  readonly scoreCounts: readonly number[];
  readonly byMonthRegion: readonly MonthRegionCell[];
  readonly byRegion: Readonly<Record<string, CategoryCounts>>;
}

interface TruthCell {
  readonly month: string;
  readonly region: string;
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
}

interface TruthFile {
  readonly options: { readonly rows: number; readonly seed: string };
  readonly definition: string;
  readonly totals: {
    readonly promoters: number;
    readonly passives: number;
    readonly detractors: number;
    readonly scoreCounts: number[];
  };
  readonly byMonthRegion: readonly TruthCell[];
}

/**
 * Reads a truth file. The generator never leaves a score empty, so every expected `unanswered` is 0 — an
 * engine that reports otherwise has misread a row.
 */
export async function loadTruth(path: string): Promise<Truth> {
  const file = JSON.parse(await readFile(path, "utf8")) as TruthFile;
  const { promoters, passives, detractors, scoreCounts } = file.totals;
  const byMonthRegion = file.byMonthRegion.map(
    (cell): MonthRegionCell => ({
      month: cell.month,
      region: cell.region,
      promoters: cell.promoters,
      passives: cell.passives,
      detractors: cell.detractors,
      unanswered: 0,
    }),
  );
  return {
    options: file.options,
    definition: file.definition,
    total: { promoters, passives, detractors, unanswered: 0 },
    scoreCounts,
    byMonthRegion,
    byRegion: byRegionOf(byMonthRegion),
  };
}

/**
 * The truth of one calendar month: what `runCalcFromFile` with `period: month` must return. Score counts are
 * only known for the whole file, so they are left out (empty).
 */
export function truthForMonth(truth: Truth, month: string): Truth {
  const byMonthRegion = truth.byMonthRegion.filter((cell) => cell.month === month);
  const byRegion = byRegionOf(byMonthRegion);
  const total = emptyCounts();
  for (const counts of Object.values(byRegion)) addCounts(total, counts);
  return { ...truth, total, scoreCounts: [], byMonthRegion, byRegion };
}
