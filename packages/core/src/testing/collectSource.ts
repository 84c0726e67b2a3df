import type { Accounting } from "../accounting.js";
import type { ErrorLocation } from "../errors.js";
import { ingest } from "../ingest.js";
import type { Logger } from "../logger.js";
import type { SourcePlugin } from "../plugin.js";
import type { Rejection } from "../rejection.js";
import type { SurveyResponse } from "../surveyResponse.js";

/** Options of {@link collectSource}. */
export interface CollectOptions {
  /** Time zone given to the source, and of the periods. @default "UTC" */
  readonly timeZone?: string;
  /** Folder relative paths are read from (`ctx.baseDir`). @default process.cwd() */
  readonly baseDir?: string;
}

/** What one run of a source through the pipeline gave, each list in the order the pipeline gave it. */
export interface CollectedSource {
  /** read = accepted + unanswered + rejected + duplicates, with `rejectedByReason`. */
  readonly accounting: Accounting;
  /** Every valid response as it was counted (one a later duplicate superseded included). */
  readonly responses: readonly SurveyResponse[];
  /** The location of each response, at the same index. */
  readonly locations: readonly ErrorLocation[];
  /** Every rejected or superseded record, as the quarantine file would list it. */
  readonly rejections: readonly Rejection[];
  /** What the source (and the pipeline) logged, one line per message: `"info: a.csv: 40 records read…"`. */
  readonly logs: readonly string[];
}

/**
 * Runs a source plugin once through the real ingest pipeline, as the CLI does, and collects what came out:
 * the responses with their locations, the rejections, the accounting and the log lines — for plugin authors'
 * own assertions in any test framework (snapshots of the logs, the exact rejection list). A plugin error
 * rejects the promise as it would fail the CLI. To check the source contract itself, use
 * {@link checkSourceContract}.
 *
 * @example
 * const { accounting, rejections, logs } = await collectSource(helpdesk({ path: "test/fixtures/tickets.jsonl" }));
 * expect(rejections.map((r) => `${r.location.line}: ${r.reason}`)).toEqual(["4: not a rating: \"11\""]);
 */
export async function collectSource(
  plugin: SourcePlugin,
  options: CollectOptions = {},
): Promise<CollectedSource> {
  const responses: SurveyResponse[] = [];
  const locations: ErrorLocation[] = [];
  const rejections: Rejection[] = [];
  const logs: string[] = [];
  const line = (level: keyof Logger) => (message: string) => {
    logs.push(`${level}: ${message}`);
  };
  const { accounting } = await ingest({
    sources: [plugin],
    timeZone: options.timeZone ?? "UTC",
    ...(options.baseDir !== undefined && { baseDir: options.baseDir }),
    logger: { debug: line("debug"), info: line("info"), warn: line("warn"), error: line("error") },
    onResponse: (response, location) => {
      responses.push(response);
      locations.push(location);
    },
    onReject: (rejection) => {
      rejections.push(rejection);
    },
  });
  return { accounting, responses, locations, rejections, logs };
}
