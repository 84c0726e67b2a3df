import type { Accounting } from "../accounting.js";
import { ingest } from "../ingest.js";
import { silentLogger } from "../logger.js";
import type { SourcePlugin, SourceRecord } from "../plugin.js";
import type { Rejection } from "../rejection.js";
import type { SurveyResponse } from "../surveyResponse.js";

/** Options of {@link checkSourceContract}. */
export interface ContractOptions {
  /** Time zone given to the source. @default "UTC" */
  readonly timeZone?: string;
  /** Accounting the source's test data must produce; only the members given are compared. */
  readonly expect?: Partial<Omit<Accounting, "rejectedByReason">>;
  /** Also check that the source stops when aborted (needs at least two batches of data). @default true */
  readonly checkAbort?: boolean;
  /** How long a source may take to stop after an abort. @default 5000 */
  readonly abortTimeoutMs?: number;
}

/** What {@link checkSourceContract} found. An empty `violations` list means the source keeps the contract. */
export interface ContractReport {
  readonly violations: readonly string[];
  readonly accounting: Accounting;
  readonly responses: readonly SurveyResponse[];
  readonly rejections: readonly Rejection[];
}

/**
 * Runs a source plugin against the source contract, for plugin authors' tests in any test framework.
 * `makeSource` is called for each run, so it must return a fresh plugin (call your factory in it). Checks:
 * a namespaced name; a `read` or `aggregate` hook; batches that are arrays of `{ response, location }`
 * with a non-empty location; every rejection with a reason and a location; the accounting invariant
 * read = accepted + unanswered + rejected + duplicates (and `expect`, when given); the same records on a
 * second run; and that the source stops promptly, without yielding more batches, when aborted.
 *
 * @example
 * const report = await checkSourceContract(() => helpdesk({ path: "test/fixtures/tickets.jsonl" }), { expect: { accepted: 12, rejected: 2 } });
 * expect(report.violations).toEqual([]);
 */
export async function checkSourceContract(
  makeSource: () => SourcePlugin,
  options: ContractOptions = {},
): Promise<ContractReport> {
  const violations: string[] = [];
  const timeZone = options.timeZone ?? "UTC";
  const plugin = makeSource();

  if (typeof plugin.name !== "string" || !/^[a-z0-9@][\w.@/-]*:[\w.-]+$/i.test(plugin.name)) {
    violations.push(`name must be namespaced like "acme:crm" (got ${JSON.stringify(plugin.name)})`);
  }
  if (typeof plugin.read !== "function" && typeof plugin.aggregate !== "function") {
    violations.push("the plugin has neither a read() nor an aggregate() hook");
  }

  const first = await run(makeSource, timeZone, violations);
  const { accounting } = first;
  const sum = accounting.accepted + accounting.unanswered + accounting.rejected + accounting.duplicates;
  if (sum !== accounting.read) {
    violations.push(`accounting does not add up: read ${accounting.read} ≠ ${sum} accounted for`);
  }
  for (const [key, value] of Object.entries(options.expect ?? {})) {
    const actual = accounting[key as keyof typeof accounting];
    if (actual !== value) violations.push(`expected ${key} ${value}, got ${String(actual)}`);
  }
  for (const rejection of first.rejections) {
    if (rejection.reason.trim() === "") violations.push("a rejection has no reason");
    if (Object.keys(rejection.location).length === 0)
      violations.push(`a rejection has no location: ${rejection.reason}`);
  }

  const second = await run(makeSource, timeZone, []);
  if (JSON.stringify(second.responses) !== JSON.stringify(first.responses)) {
    violations.push("a second run produced different responses: read() must start afresh each time");
  }
  if (options.checkAbort !== false && plugin.read !== undefined) {
    violations.push(...(await checkAbort(makeSource, timeZone, options.abortTimeoutMs ?? 5000)));
  }
  return { violations, accounting, responses: first.responses, rejections: first.rejections };
}

/** Ingests once, collecting responses and rejections, and checks each batch's shape on the way. */
async function run(makeSource: () => SourcePlugin, timeZone: string, violations: string[]) {
  const responses: SurveyResponse[] = [];
  const rejections: Rejection[] = [];
  const source = withShapeChecks(makeSource(), violations);
  const result = await ingest({
    sources: [source],
    timeZone,
    onResponse: (response) => responses.push(response),
    onReject: (rejection) => {
      rejections.push(rejection);
    },
  });
  return { accounting: result.accounting, responses, rejections };
}

function withShapeChecks(plugin: SourcePlugin, violations: string[]): SourcePlugin {
  const read = plugin.read;
  if (read === undefined) return plugin;
  return {
    ...plugin,
    async *read(ctx) {
      for await (const batch of read.call(plugin, ctx)) {
        if (!Array.isArray(batch)) {
          violations.push(`read() must yield arrays of records (got ${typeof batch})`);
          continue;
        }
        const checked: SourceRecord[] = [];
        for (const record of batch as readonly unknown[]) {
          const location = (record as { location?: unknown } | null)?.location;
          if (typeof record !== "object" || record === null || !("response" in record)) {
            violations.push("a record has no `response`");
          } else if (
            typeof location !== "object" ||
            location === null ||
            Object.keys(location).length === 0
          ) {
            violations.push("a record has no location (file and line, or record id)");
          }
          // Reported above; passed on in a shape the pipeline can count, so that the check goes on to the end.
          if (typeof record !== "object" || record === null) checked.push({ response: record, location: {} });
          else if (typeof location !== "object" || location === null) {
            checked.push({ ...(record as SourceRecord), location: {} });
          } else checked.push(record as SourceRecord);
        }
        yield checked;
      }
    },
  };
}

async function checkAbort(
  makeSource: () => SourcePlugin,
  timeZone: string,
  timeoutMs: number,
): Promise<string[]> {
  const plugin = makeSource();
  const controller = new AbortController();
  const iterator = plugin.read!({
    signal: controller.signal,
    logger: silentLogger,
    timeZone,
    baseDir: process.cwd(),
    reject() {},
    progress() {},
  })[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done === true) return []; // one batch or less: nothing to interrupt
  controller.abort();
  const stopped = (async () => {
    let extra = 0;
    try {
      while (!(await iterator.next()).done) {
        extra += 1;
        // Past the one batch that may be in flight the source ignores the abort; stop pulling, as it may never
        // end (and an endless run of resolved promises would starve the timeout below).
        if (extra > 1) {
          await iterator.return?.();
          break;
        }
      }
    } catch (error) {
      if (!(error instanceof Error && error.name === "AbortError")) {
        return [
          `after an abort, read() threw ${String(error)} instead of stopping or throwing an AbortError`,
        ];
      }
    }
    return extra > 1 ? ["read() kept yielding batches after the abort (at most 1 in flight is allowed)"] : [];
  })();
  const timeout = new Promise<string[]>((resolve) => {
    const timer = setTimeout(
      () => resolve([`read() did not stop within ${timeoutMs} ms of an abort`]),
      timeoutMs,
    );
    stopped.finally(() => clearTimeout(timer));
  });
  return Promise.race([stopped, timeout]);
}
