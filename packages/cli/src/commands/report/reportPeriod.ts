import {
  type Aggregation,
  type Period,
  PeriodError,
  type PeriodGrain,
  parsePeriod,
  periodOf,
  previousPeriod,
} from "@npskit/core";

/** Words `--period` takes besides a period key. */
export const PERIOD_WORDS = {
  /** The last complete period before `--now`: what a scheduled monthly build wants. */
  last: ["last", "last-month", "last-week", "last-quarter", "last-year"],
  /** The latest period that has responses. */
  latest: ["latest"],
} as const;

const LAST_WORD_GRAIN: Readonly<Record<string, PeriodGrain>> = {
  "last-month": "month",
  "last-week": "week",
  "last-quarter": "quarter",
  "last-year": "year",
};

/**
 * The period a report is for. `option` is a period key ("2026-10"), "last" / "last-month" (the complete
 * period before `now`, the default) or "latest" (the latest period with responses; needs the data, so it
 * is resolved after reading). A key or word of another grain than the config's is refused: a quarterly
 * report asked for as "2026-10" would silently be wrong.
 *
 * @throws {PeriodError} `NPSKIT_E_PERIOD`
 * @example
 * reportPeriod("last-month", { now: new Date("2026-11-23T10:00:00Z"), grain: "month", timeZone: "UTC" }).key // "2026-10"
 */
export function reportPeriod(
  option: string | undefined,
  context: {
    readonly now: Date;
    readonly grain: PeriodGrain;
    readonly timeZone: string;
    readonly aggregation?: Aggregation;
  },
): Period {
  const { grain, timeZone } = context;
  const word = (option ?? "last").trim().toLowerCase();
  if ((PERIOD_WORDS.last as readonly string[]).includes(word)) {
    const wordGrain = LAST_WORD_GRAIN[word];
    if (wordGrain !== undefined && wordGrain !== grain) {
      throw new PeriodError(`--period ${word} does not fit the config's ${grain} periods; use --period last`);
    }
    return previousPeriod(periodOf(context.now, grain, timeZone));
  }
  if (word === "latest") {
    const latest = context.aggregation?.periods.at(-1);
    if (context.aggregation === undefined) throw new PeriodError("--period latest needs the data read first");
    if (latest === undefined) throw new PeriodError("--period latest: the sources have no responses at all");
    return latest;
  }
  const period = parsePeriod(option!.trim(), timeZone);
  if (period.grain !== grain) {
    throw new PeriodError(
      `--period ${period.key} is a ${period.grain}, but the reports are by ${grain} (analysis.period)`,
    );
  }
  return period;
}
