import { appendFile } from "node:fs/promises";
import { basename } from "node:path";
import {
  type Accounting,
  buildReportModel,
  type IngestProgress,
  type Logger,
  NpskitError,
  type OutputPlugin,
  type Period,
  PluginError,
  previousPeriod,
  type ReportModel,
  silentLogger,
} from "@npskit/core";
import { markdownSummary } from "@npskit/output-markdown";
import { defaultBrand, loadBrand, openPdfRenderer, type PdfRenderer } from "@npskit/render";
import { readSources } from "../../ingest/readSources.js";
import { builtinOutputs } from "./builtinOutputs.js";
import { type GateFailure, type QualityGates, qualityGateFailures, scopeText } from "./qualityGates.js";
import { DEFAULT_FORMATS, type ReportFormat } from "./reportFormats.js";
import { reportInsights } from "./reportInsights.js";
import { reportPeriod } from "./reportPeriod.js";
import { reportScopes } from "./reportScopes.js";
import { type ReportOverrides, reportSettings } from "./reportSettings.js";

/** What `npskit report` does, without argv (the notebook and the tests call it like this). */
export interface ReportOptions extends ReportOverrides {
  /** "2026-10", "last-month" (the default: the complete period before `now`) or "latest". */
  readonly period?: string;
  /** The build's only clock: "last-month" and the reports' `generatedAt`. @default new Date() */
  readonly now?: Date;
  /** Formats written with the built-in outputs; they replace the config's `outputs`. @default the config's outputs, else pdf and html */
  readonly formats?: readonly ReportFormat[];
  /** One more report per value of this segment dimension, sharing one browser. */
  readonly splitBy?: string;
  readonly gates?: QualityGates;
  /** Chrome or Chromium to print with (else PUPPETEER_EXECUTABLE_PATH, a system browser, Puppeteer's cache). */
  readonly browser?: string;
  /** A file each report's Markdown summary is appended to, whatever the formats (GitHub's `$GITHUB_STEP_SUMMARY`). */
  readonly appendSummaryTo?: string;
  readonly signal?: AbortSignal;
  readonly logger?: Logger;
  readonly onProgress?: (progress: IngestProgress) => void;
}

/** One report of a run, as `--json` prints it. */
export interface ReportSummary {
  /** Segment values the report is restricted to; `{}` for everyone. */
  readonly scope: Readonly<Record<string, string>>;
  readonly answered: number;
  readonly nps: number | null;
  readonly displayed: number | null;
  readonly interval: { readonly low: number; readonly high: number; readonly level: number } | null;
  /** Change from the previous period: current − previous, and whether it is significant. */
  readonly change: { readonly difference: number; readonly p: number; readonly significant: boolean } | null;
  readonly files: readonly string[];
}

/** The result of a report build. */
export interface ReportRun {
  /** The config file used, or null for none. */
  readonly config: string | null;
  readonly period: string;
  readonly outDir: string;
  readonly accounting: Accounting;
  /** The quarantine file (rejected and superseded records), or null when there was nothing to quarantine. */
  readonly quarantine: string | null;
  readonly reports: readonly ReportSummary[];
  /** Gates that failed; the reports were written anyway. */
  readonly gateFailures: readonly GateFailure[];
}

/**
 * `npskit report` without argv: reads every source (accounting for each record, quarantining rejects),
 * builds the ReportModel of the period — and one per value of `splitBy` — and writes it with every output,
 * then checks the quality gates. A failed gate does not throw here: the caller decides (the CLI exits 3).
 *
 * @example
 * const run = await runReport({ config: "npskit.config.ts", period: "2026-10", now: new Date("2026-11-01T09:00:00Z") });
 * run.reports[0].files // ["/…/reports/nps-2026-10.pdf", "/…/reports/nps-2026-10.html"]
 */
export async function runReport(options: ReportOptions = {}): Promise<ReportRun> {
  const logger = options.logger ?? silentLogger;
  const signal = options.signal ?? new AbortController().signal;
  const now = options.now ?? new Date();
  const settings = await reportSettings(options);
  const { config, outDir } = settings;
  const { timeZone, period: grain, segments } = config.analysis;
  // The period is known before reading unless it is "latest"; an impossible one fails before any work.
  const known =
    options.period?.trim().toLowerCase() === "latest"
      ? undefined
      : reportPeriod(options.period, { now, grain, timeZone });
  const brand = settings.brandFile === undefined ? undefined : await loadBrand(settings.brandFile);
  const locale = settings.locale ?? brand?.locale ?? "en";

  const plan = reportScopes({
    segments,
    timeZone,
    grain,
    ...(options.splitBy !== undefined && { splitBy: options.splitBy }),
  });
  const sourceNames = config.sources.map((source) => source.name).join(", ");
  logger.info(
    `reading ${config.sources.length === 1 ? "" : `${config.sources.length} sources: `}${sourceNames}`,
  );
  const resolved: { period?: Period } = {};
  const { ingested, quarantine: quarantined } = await readSources({
    config,
    baseDir: settings.baseDir,
    breakdowns: plan.breakdowns,
    outDir,
    // "latest" is only known once the data are read, and may fail (nothing answered).
    quarantineName: ({ aggregation }) => {
      resolved.period = reportPeriod(options.period, { now, grain, timeZone, aggregation });
      return `nps-${resolved.period.key}.quarantine.ndjson`;
    },
    onResponse: plan.onResponse,
    // A known period needs responses of itself and the one before; "latest" may be any period.
    responseSample: {
      ...plan.responseSample,
      ...(known !== undefined && { from: previousPeriod(known) }),
    },
    ...(options.onProgress !== undefined && { onProgress: options.onProgress }),
    signal,
    logger,
  });
  const { period } = resolved;
  if (period === undefined) throw new Error("readSources did not name the quarantine file");
  const { accounting } = ingested;
  logger.info(
    `read ${accounting.read} records: ${accounting.accepted} answered, ${accounting.unanswered} unanswered, ${accounting.rejected} rejected, ${accounting.duplicates} duplicates`,
  );
  if (ingested.aggregation.periods.every((p) => p.key !== period.key)) {
    const latest = ingested.aggregation.periods.at(-1)?.key;
    logger.warn(
      `no responses in ${period.key}${latest === undefined ? "" : `; the latest period with responses is ${latest} (--period latest)`}`,
    );
  }

  const insights = await reportInsights(
    config,
    { benchmark: settings.benchmarkFile, themes: settings.themesFile },
    logger,
  );
  const scopes = plan.scopes(ingested, period.key);
  const models: ReportModel[] = scopes.map((scope) =>
    insights.analyse(
      buildReportModel({
        ...ingested,
        period: period.key,
        now,
        locale,
        analysis: config.analysis,
        quarantine: quarantined === null ? null : basename(quarantined),
        comments: scope.comments,
        scope: scope.scope,
      }),
      scope,
    ),
  );

  const formats = options.formats ?? (config.outputs.length > 0 ? undefined : DEFAULT_FORMATS);
  let renderer: PdfRenderer | undefined;
  const summaries: ReportSummary[] = [];
  try {
    if (formats?.includes("pdf")) {
      renderer = await openPdfRenderer({
        logger,
        ...(options.browser !== undefined && { executablePath: options.browser }),
      });
    }
    const outputs: readonly OutputPlugin[] =
      formats === undefined
        ? config.outputs
        : builtinOutputs({
            formats,
            brand: { ...(brand ?? defaultBrand(locale)), locale },
            ...(settings.templateDir !== undefined && { templateDir: settings.templateDir }),
            ...(renderer !== undefined && { renderer }),
            perScope: models.length > 1,
          });
    for (const [index, model] of models.entries()) {
      logger.info(`rendering ${index + 1}/${models.length}: ${period.key}, ${scopeText(model)}`);
      const files: string[] = [];
      for (const output of outputs) {
        signal.throwIfAborted();
        const result = await writeWith(output, model, { outDir, signal, logger });
        files.push(...(result?.files ?? []));
      }
      const followUp = await insights.writeFollowUp(model, scopes[index]!, outDir, models.length > 1);
      if (followUp !== undefined) files.push(followUp);
      for (const file of files) logger.info(`wrote ${file}`);
      summaries.push(summaryOf(model, files));
      if (options.appendSummaryTo !== undefined) {
        await appendFile(options.appendSummaryTo, `${markdownSummary(model)}\n`);
      }
    }
  } finally {
    await renderer?.close();
  }
  return {
    config: settings.configFile?.path ?? null,
    period: period.key,
    outDir,
    accounting,
    quarantine: quarantined,
    reports: summaries,
    gateFailures: qualityGateFailures(models, options.gates ?? {}),
  };
}

async function writeWith(
  output: OutputPlugin,
  model: ReportModel,
  context: Parameters<OutputPlugin["write"]>[1],
): ReturnType<OutputPlugin["write"]> {
  try {
    return await output.write(model, context);
  } catch (error) {
    // npskit's own errors already say what to do (install a browser, fix the brand file); others get the
    // plugin's name so the user knows whose bug it is.
    if (error instanceof NpskitError || context.signal.aborted) throw error;
    throw new PluginError(output.name, "write", error);
  }
}

function summaryOf(model: ReportModel, files: readonly string[]): ReportSummary {
  const { overall, change } = model;
  return {
    scope: model.scope,
    answered: overall.answered,
    nps: overall.nps,
    displayed: overall.displayed,
    interval:
      overall.interval === null
        ? null
        : { low: overall.interval.low, high: overall.interval.high, level: overall.interval.level },
    change:
      change === null
        ? null
        : { difference: change.difference, p: change.p, significant: change.significant },
    files,
  };
}
