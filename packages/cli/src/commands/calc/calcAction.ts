import type { DuplicatePolicy, IntervalMethod, RoundingMode } from "@npskit/core";
import { UsageError } from "@npskit/core";
import { type CommandContext, type CommandOptions, NO_PROGRESS } from "../../commandContext.js";
import type { InputFormat } from "../../ingest/sourceForFile.js";
import { parseCount } from "../../options/parseCount.js";
import { parseDecimals } from "../../options/parseDecimals.js";
import { parseLevel } from "../../options/parseLevel.js";
import { parseList } from "../../options/parseList.js";
import { parseScores } from "../../options/parseScores.js";
import { progressLine } from "../../progress/progressLine.js";
import { formatCalc } from "./formatCalc.js";
import { formatCalcFromFile } from "./formatCalcFromFile.js";
import { runCalc } from "./runCalc.js";
import { runCalcFromFile } from "./runCalcFromFile.js";

const COUNT_OPTIONS = ["promoters", "passives", "detractors"] as const;
const FILE_OPTIONS = ["format", "by", "period", "timeZone", "duplicates", "quarantine"] as const;

/** `npskit calc`: checks which way the numbers are given (counts, scores or a file), runs, prints. */
export async function calcAction(options: CommandOptions, context: CommandContext): Promise<void> {
  const { io } = context;
  const given = COUNT_OPTIONS.filter((key) => options[key] !== undefined);
  const ways = [given.length > 0, options.scores !== undefined, options.input !== undefined].filter(
    Boolean,
  ).length;
  if (ways > 1) throw new UsageError("give counts, --scores or --input: one of them, not several");
  if (options.input === undefined) {
    const misplaced = FILE_OPTIONS.find((key) => options[key] !== undefined && options[key] !== true);
    if (misplaced !== undefined) throw new UsageError(`--${kebab(misplaced)} goes with --input`);
  }
  const shared = {
    level: parseLevel(String(options.level)),
    method: options.method as IntervalMethod, // commander checked it against its choices
    decimals: parseDecimals(String(options.decimals)),
    rounding: options.rounding as RoundingMode,
  };

  if (options.input !== undefined) {
    const progress = progressLine(options.json === true ? NO_PROGRESS : context.progress);
    const result = await runCalcFromFile({
      ...shared,
      input: String(options.input),
      ...(options.format !== undefined && { format: options.format as InputFormat }),
      by: parseList(options.by as string | readonly string[] | undefined),
      ...(options.period !== undefined && { period: String(options.period) }),
      ...(options.timeZone !== undefined && { timeZone: String(options.timeZone) }),
      duplicates: options.duplicates as DuplicatePolicy,
      ...(options.quarantine === false && { quarantine: false as const }),
      ...(typeof options.quarantine === "string" && { quarantine: options.quarantine }),
      signal: context.signal,
      onProgress: progress.update,
    }).finally(progress.done);
    io.stdout.write(
      options.json === true ? `${JSON.stringify(result, null, 2)}\n` : formatCalcFromFile(result),
    );
    return;
  }

  if (given.length > 0 && given.length < 3) {
    throw new UsageError("give --promoters, --passives and --detractors together (a missing one is not 0)");
  }
  // With --scores, unanswered responses are the empty entries: a separate --unanswered would be dropped.
  if (given.length === 0 && options.unanswered !== undefined) {
    throw new UsageError(
      "--unanswered goes with --promoters, --passives and --detractors (with --scores, leave an entry empty)",
    );
  }
  if (ways === 0)
    throw new UsageError("give --promoters, --passives and --detractors, or --scores, or --input FILE");
  const result = runCalc({
    ...shared,
    ...(given.length === 3 && {
      counts: {
        promoters: parseCount(String(options.promoters), "--promoters"),
        passives: parseCount(String(options.passives), "--passives"),
        detractors: parseCount(String(options.detractors), "--detractors"),
      },
      unanswered:
        options.unanswered === undefined ? 0 : parseCount(String(options.unanswered), "--unanswered"),
    }),
    ...(options.scores !== undefined && { scores: parseScores(String(options.scores)) }),
  });
  io.stdout.write(options.json === true ? `${JSON.stringify(result, null, 2)}\n` : formatCalc(result));
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}
