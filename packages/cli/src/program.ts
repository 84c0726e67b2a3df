import {
  COMPARISON_METHODS,
  type ComparisonMethod,
  INTERVAL_METHODS,
  type IntervalMethod,
  type RoundingMode,
  UsageError,
} from "@npskit/core";
import { Command, Option } from "commander";
import { formatCalc } from "./commands/calc/formatCalc.js";
import { runCalc } from "./commands/calc/runCalc.js";
import { formatCompare } from "./commands/compare/formatCompare.js";
import { runCompare } from "./commands/compare/runCompare.js";
import type { CommandIO } from "./io.js";
import { parseCount } from "./options/parseCount.js";
import { parseCountsTriple } from "./options/parseCountsTriple.js";
import { parseLevel } from "./options/parseLevel.js";
import { parseScores } from "./options/parseScores.js";
import { version } from "./version.js";

/**
 * Declares every `npskit` command and its options. Each action only parses its options, calls the
 * command's `run…` function (usable without argv) and prints the result; exit codes are decided in main.ts.
 * Commander's own errors (unknown option, bad choice) are printed as `npskit: …` and thrown.
 */
export function createProgram(io: CommandIO): Command {
  const program = new Command("npskit")
    .description("Net Promoter Score with honest confidence intervals, comparisons and reports.")
    .version(version, "-v, --version")
    .option("--debug", "show stack traces of errors")
    .showSuggestionAfterError(true)
    .configureHelp({ sortOptions: false })
    // Set before the commands are added: subcommands copy these settings when they are created.
    // Errors are thrown (not process.exit), so main.ts alone decides exit codes.
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(`npskit: ${text.replace(/^error: /, "")}`),
    });

  program
    .command("calc")
    .description("NPS, shares, confidence interval and margin of error from counts or scores.")
    .option("--promoters <count>", "responses scoring 9–10")
    .option("--passives <count>", "responses scoring 7–8")
    .option("--detractors <count>", "responses scoring 0–6")
    .option("--unanswered <count>", "responses without a score (shown, never in the NPS)")
    .option("--scores <list>", "raw 0–10 scores, comma-separated; an empty entry is unanswered")
    .addOption(levelOption())
    .addOption(
      new Option("--method <method>", "interval method").choices(INTERVAL_METHODS).default("adjusted-wald"),
    )
    .option("--decimals <places>", "decimal places of the displayed NPS", "0")
    .addOption(
      new Option("--rounding <mode>", "display rounding: round the exact NPS, or the percentages first")
        .choices(["exact", "percentages-first"])
        .default("exact"),
    )
    .option("--json", "print one JSON object instead of text")
    .addHelpText(
      "after",
      `
Examples:
  npskit calc --promoters 80 --passives 30 --detractors 40
  npskit calc --promoters 80 --passives 30 --detractors 40 --method score --level 0.9
  npskit calc --scores 10,9,9,8,7,6,3,10, --json
  npskit calc --promoters 80 --passives 30 --detractors 40 --rounding percentages-first`,
    )
    .action((options: Record<string, string | boolean | undefined>) => {
      const given = (["promoters", "passives", "detractors"] as const).filter(
        (key) => options[key] !== undefined,
      );
      if (given.length > 0 && given.length < 3) {
        throw new UsageError(
          "give --promoters, --passives and --detractors together (a missing one is not 0)",
        );
      }
      // With --scores, unanswered responses are the empty entries: a separate --unanswered would be dropped.
      if (given.length === 0 && options.unanswered !== undefined) {
        throw new UsageError(
          "--unanswered goes with --promoters, --passives and --detractors (with --scores, leave an entry empty)",
        );
      }
      const result = runCalc({
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
        level: parseLevel(String(options.level)),
        method: options.method as IntervalMethod, // checked by commander against its choices
        decimals: parseDecimals(String(options.decimals)),
        rounding: options.rounding as RoundingMode,
      });
      io.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : formatCalc(result));
    });

  program
    .command("compare")
    .description("Compare two independent NPS values (months, segments, an A/B test): B − A with its z-test.")
    .requiredOption("--a <counts>", "group A as promoters,passives,detractors")
    .requiredOption("--b <counts>", "group B as promoters,passives,detractors")
    .addOption(levelOption())
    .addOption(
      new Option("--method <method>", "test and interval method")
        .choices(COMPARISON_METHODS)
        .default("adjusted-wald"),
    )
    .option("--json", "print one JSON object instead of text")
    .addHelpText(
      "after",
      `
Examples:
  npskit compare --a 600,250,150 --b 80,30,40
  npskit compare --a 600,250,150 --b 80,30,40 --method wald --level 0.99 --json`,
    )
    .action((options: Record<string, string | boolean | undefined>) => {
      const result = runCompare({
        a: parseCountsTriple(String(options.a), "--a"),
        b: parseCountsTriple(String(options.b), "--b"),
        level: parseLevel(String(options.level)),
        method: options.method as ComparisonMethod,
      });
      io.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : formatCompare(result));
    });

  return program;
}

function levelOption(): Option {
  return new Option("--level <level>", "confidence level, as 0.95 or 95%").default("0.95");
}

function parseDecimals(text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0 || value > 4) {
    throw new UsageError(`--decimals must be a whole number from 0 to 4 (got ${JSON.stringify(text)})`);
  }
  return value;
}
