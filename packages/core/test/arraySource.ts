import type { ErrorLocation } from "../src/errors.js";
import type { SourceContext, SourcePlugin, SourceRecord } from "../src/plugin.js";

/** A record the source cannot read itself: reported with `ctx.reject` instead of being yielded. */
export interface SourceReject {
  readonly reject: { readonly raw: unknown; readonly reason: string; readonly location: ErrorLocation };
}

/** One entry of a batch: a record to yield, or a source-level rejection. */
export type SourceItem = SourceRecord | SourceReject;

/** Options of {@link arraySource}. */
export interface ArraySourceOptions {
  /** After yielding this many batches (in each run), `read()` throws `error` instead of going on. */
  readonly failAfter?: number;
  /** What `read()` throws with `failAfter`. @default new Error("connection reset") */
  readonly error?: unknown;
  /** Reports `{ records }` (the records yielded so far) before each batch. @default false */
  readonly progress?: boolean;
}

/** A source over in-memory batches that shows what the pipeline did to it. */
export interface ArraySource extends SourcePlugin {
  read(ctx: SourceContext): AsyncIterable<readonly SourceRecord[]>;
  /** Calls of `read()`. */
  readonly reads: number;
  /** Batches yielded, over all runs. */
  readonly yielded: number;
  /** Calls of the iterator's `return()`: the reader stopped early. */
  readonly returns: number;
  /** Runs that ended — done, stopped or failed — so nothing they held is left open. */
  readonly closed: number;
}

/**
 * A tiny source for tests: yields `batches` in order, reporting the {@link SourceReject} items of a batch with
 * `ctx.reject` before yielding its records. It stops (returns) when the signal is aborted between batches.
 *
 * @example
 * arraySource("test:crm", [[recordAt(2, { id: "1", score: 9, submittedAt: "2026-10-01T09:00:00Z" })]])
 */
export function arraySource(
  name: string,
  batches: readonly (readonly SourceItem[])[],
  options: ArraySourceOptions = {},
): ArraySource {
  let reads = 0;
  let yielded = 0;
  let returns = 0;
  let closed = 0;

  async function* batchesOf(ctx: SourceContext): AsyncGenerator<readonly SourceRecord[]> {
    let records = 0;
    let count = 0;
    try {
      for (const batch of batches) {
        if (ctx.signal.aborted) return;
        if (count === options.failAfter) throw options.error ?? new Error("connection reset");
        const kept: SourceRecord[] = [];
        for (const item of batch) {
          if ("reject" in item) ctx.reject(item.reject.raw, item.reject.reason, item.reject.location);
          else kept.push(item);
        }
        records += kept.length;
        if (options.progress === true) ctx.progress({ records });
        yielded += 1;
        count += 1;
        yield kept;
      }
      if (count === options.failAfter) throw options.error ?? new Error("connection reset");
    } finally {
      closed += 1;
    }
  }

  return {
    name,
    read(ctx) {
      reads += 1;
      const generator = batchesOf(ctx);
      return {
        [Symbol.asyncIterator]: () => ({
          next: () => generator.next(),
          return: (value?: unknown) => {
            returns += 1;
            return generator.return(value);
          },
        }),
      };
    },
    get reads() {
      return reads;
    },
    get yielded() {
      return yielded;
    },
    get returns() {
      return returns;
    },
    get closed() {
      return closed;
    },
  };
}

/** A record of `file` at `line`, optionally with the raw data it was mapped from. */
export function recordAt(
  line: number,
  response: unknown,
  raw?: unknown,
  file = "responses.csv",
): SourceRecord {
  return { response, location: { file, line }, ...(raw !== undefined && { raw }) };
}

/** A source-level rejection at `line` of `file`. */
export function rejectAt(line: number, reason: string, raw: unknown, file = "responses.csv"): SourceReject {
  return { reject: { raw, reason, location: { file, line } } };
}
