import type { Aggregates, CategoryCounts } from "./aggregates.js";
import type { Truth } from "./truth.js";

/** The outcome of {@link checkAgainstTruth}. */
export interface TruthCheck {
  /** True when every level compared was exactly equal. */
  readonly ok: boolean;
  /** Which levels were compared (an engine may not expose every level). */
  readonly levels: readonly string[];
  /** One line per difference, at most a few per level. */
  readonly mismatches: readonly string[];
}

const MAX_PER_LEVEL = 5;

/**
 * Compares an engine's aggregates with the generator's ground truth, exactly (counts are integers, so any
 * difference is a bug, not noise). Every level the engine exposes is compared: totals, per region,
 * per month × region, per score, and the records it rejected or dropped as duplicates.
 */
export function checkAgainstTruth(measured: Aggregates, truth: Truth): TruthCheck {
  const levels: string[] = [];
  const mismatches: string[] = [];
  const level = (name: string, found: string[]): void => {
    levels.push(name);
    mismatches.push(...found.slice(0, MAX_PER_LEVEL));
    if (found.length > MAX_PER_LEVEL) mismatches.push(`${name}: … ${found.length - MAX_PER_LEVEL} more`);
  };

  level("total", diffCounts("total", measured.total, truth.total));
  level("region", diffKeyed("region", measured.byRegion, truth.byRegion));
  if (measured.byMonthRegion !== undefined) {
    const key = (c: { month: string; region: string }) => `${c.month} ${c.region}`;
    const keyed = (cells: readonly (CategoryCounts & { month: string; region: string })[]) =>
      Object.fromEntries(cells.map((c) => [key(c), c]));
    level(
      "month × region",
      diffKeyed("month × region", keyed(measured.byMonthRegion), keyed(truth.byMonthRegion)),
    );
  }
  if (measured.scoreCounts !== undefined) {
    const found: string[] = [];
    truth.scoreCounts.forEach((expected, score) => {
      const got = measured.scoreCounts?.[score] ?? 0;
      if (got !== expected) found.push(`score ${score}: ${got}, truth ${expected}`);
    });
    level("score", found);
  }
  if (measured.rejected !== undefined || measured.duplicates !== undefined) {
    const found: string[] = [];
    if (measured.rejected) found.push(`rejected ${measured.rejected} records, truth has none`);
    if (measured.duplicates) found.push(`dropped ${measured.duplicates} duplicates, truth has none`);
    level("accounting", found);
  }
  return { ok: mismatches.length === 0, levels, mismatches };
}

function diffCounts(where: string, got: CategoryCounts, expected: CategoryCounts): string[] {
  const fields = ["promoters", "passives", "detractors", "unanswered"] as const;
  return fields
    .filter((field) => got[field] !== expected[field])
    .map((field) => `${where}: ${field} ${got[field]}, truth ${expected[field]}`);
}

function diffKeyed(
  what: string,
  got: Readonly<Record<string, CategoryCounts>>,
  expected: Readonly<Record<string, CategoryCounts>>,
): string[] {
  const found: string[] = [];
  for (const key of new Set([...Object.keys(expected), ...Object.keys(got)]).values()) {
    const g = got[key];
    const e = expected[key];
    if (g === undefined) found.push(`${what} "${key}": missing`);
    else if (e === undefined) found.push(`${what} "${key}": not in the truth`);
    else found.push(...diffCounts(`${what} "${key}"`, g, e));
  }
  return found;
}
