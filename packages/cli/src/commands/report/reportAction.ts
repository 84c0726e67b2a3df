import { InvalidArgumentError, type Logger, QualityGateError, UsageError } from "@npskit/core";
import { type CommandContext, type CommandOptions, NO_PROGRESS } from "../../commandContext.js";
import { parseList } from "../../options/parseList.js";
import { progressLine } from "../../progress/progressLine.js";
import { formatReport } from "./formatReport.js";
import { gateAnnotation, inGitHubActions, rejectionAnnotation, writeStepOutputs } from "./githubActions.js";
import { parseSourceOverrides } from "./parseSourceOverrides.js";
import { REPORT_FORMATS, type ReportFormat } from "./reportFormats.js";
import { type ReportOptions, runReport } from "./runReport.js";

/**
 * `npskit report`: parses the options, builds the reports, prints what was written (or the JSON with
 * `--json`), feeds GitHub Actions when running there, and fails with exit code 3 (after writing) when a
 * quality gate fails.
 */
export async function reportAction(
  options: CommandOptions,
  context: CommandContext,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const { io } = context;
  const json = options.json === true;
  const github = inGitHubActions(env);
  const progress = progressLine(json ? NO_PROGRESS : context.progress);
  const cwd = process.cwd();
  const reportOptions: ReportOptions = {
    cwd,
    ...parseSourceOverrides(options),
    ...(options.period !== undefined && { period: String(options.period) }),
    ...(options.now !== undefined && { now: parseNow(String(options.now)) }),
    ...(options.format !== undefined && { formats: parseFormats(options.format as string | string[]) }),
    ...(options.locale !== undefined && { locale: options.locale as "en" | "ru" }),
    ...(options.brand !== undefined && { brand: String(options.brand) }),
    ...(options.template !== undefined && { template: String(options.template) }),
    ...(options.segments !== undefined && { segments: parseList(options.segments as string | string[]) }),
    ...(options.splitBy !== undefined && { splitBy: String(options.splitBy) }),
    ...(options.browser !== undefined && { browser: String(options.browser) }),
    gates: {
      ...(options.failUnder !== undefined && { failUnder: parseGate(String(options.failUnder)) }),
      ...(options.failOnDrop === true && { failOnDrop: true }),
    },
    ...(github && env.GITHUB_STEP_SUMMARY && { appendSummaryTo: env.GITHUB_STEP_SUMMARY }),
    signal: context.signal,
    logger: stderrLogger(context, json),
    onProgress: progress.update,
  };
  const run = await runReport(reportOptions).finally(progress.done);

  io.stdout.write(json ? `${JSON.stringify(run, null, 2)}\n` : formatReport(run, cwd));
  if (github) {
    // With --json stdout is only the JSON; the runner reads workflow commands from stderr too.
    const annotations = json ? io.stderr : io.stdout;
    const warning = rejectionAnnotation(run);
    if (warning !== undefined) annotations.write(warning);
    for (const failure of run.gateFailures) annotations.write(gateAnnotation(failure));
    if (env.GITHUB_OUTPUT) await writeStepOutputs(env.GITHUB_OUTPUT, run);
  }
  const [first, ...more] = run.gateFailures;
  if (first !== undefined) {
    throw new QualityGateError(`${first.message}${more.length > 0 ? ` (and ${more.length} more)` : ""}`);
  }
}

/** Log lines on stderr, "npskit: …": info only on a terminal (CI logs get warnings), nothing but errors with --json. */
function stderrLogger(context: CommandContext, json: boolean): Logger {
  const write = (text: string) => context.io.stderr.write(`npskit: ${text}\n`);
  const chatty = !json && context.progress.isTTY === true;
  return {
    debug: () => undefined,
    info: (message) => {
      if (chatty) write(message);
    },
    warn: (message) => {
      if (!json) write(`warning: ${message}`);
    },
    error: (message) => write(`error: ${message}`),
  };
}

function parseFormats(values: string | readonly string[]): ReportFormat[] {
  const formats = parseList(values);
  const unknown = formats.find((format) => !(REPORT_FORMATS as readonly string[]).includes(format));
  if (unknown !== undefined) {
    throw new UsageError(`--format ${unknown} is not a report format; use ${REPORT_FORMATS.join(", ")}`);
  }
  if (formats.length === 0)
    throw new UsageError(`--format needs at least one of ${REPORT_FORMATS.join(", ")}`);
  return formats as ReportFormat[];
}

function parseNow(text: string): Date {
  // An offset is required: "2026-11-01T09:00" would mean a different instant on every machine.
  const date = new Date(text);
  if (!/(Z|[+-]\d\d:?\d\d)$/i.test(text.trim()) || Number.isNaN(date.getTime())) {
    throw new UsageError(`--now ${text} is not an ISO date-time with an offset, e.g. 2026-11-01T09:00:00Z`);
  }
  return date;
}

function parseGate(text: string): number {
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value) || value < -100 || value > 100) {
    throw new InvalidArgumentError(`--fail-under ${text} is not an NPS between −100 and 100`);
  }
  return value;
}
