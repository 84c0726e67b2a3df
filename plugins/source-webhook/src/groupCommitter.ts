/** The outcome of one operation of a committed batch. */
export type Settled<R> =
  | { readonly ok: true; readonly value: R }
  | { readonly ok: false; readonly error: unknown };

/** Options of {@link createGroupCommitter}. */
export interface GroupCommitOptions {
  /** Operations per transaction at most. @default 256 */
  readonly maxBatch?: number;
  /**
   * How long the first operation of a batch may wait for company, in milliseconds. 0 commits on the next turn
   * of the event loop. Either way, operations that arrive while a commit is in flight form the next batch.
   * @default 0
   */
  readonly tickMs?: number;
}

/** Queues operations and commits them in batches; see {@link createGroupCommitter}. */
export interface GroupCommitter<Op, R> {
  /** Queues `op`; resolves with its result only after the transaction holding it has committed. */
  submit(op: Op): Promise<R>;
  /** Operations queued or being committed. */
  readonly pending: number;
  /** Commits everything queued, then refuses new operations. */
  close(): Promise<void>;
}

interface Waiting<Op, R> {
  readonly op: Op;
  resolve(value: R): void;
  reject(error: unknown): void;
}

/**
 * Group commit: requests queue, and one transaction commits a batch, so one fsync serves many requests. A batch
 * starts on the next tick (or when `maxBatch` operations are waiting); while it commits — `commitBatch` may
 * return a promise, e.g. when a worker thread does the writing — newcomers gather into the next batch, so
 * batches grow with the load. At most one batch is in flight, so operations commit in the order submitted.
 * Every `submit` promise settles only after `commitBatch` has reported its batch durable.
 *
 * `commitBatch` commits the whole batch in one transaction and returns one result per operation (an operation
 * may fail alone, in a savepoint); if it throws or rejects, every operation of the batch fails.
 *
 * @example
 * const committer = createGroupCommitter((ops) => writer.commit(ops), { maxBatch: 256 });
 * await committer.submit(op); // durable now
 */
export function createGroupCommitter<Op, R>(
  commitBatch: (ops: readonly Op[]) => readonly Settled<R>[] | Promise<readonly Settled<R>[]>,
  options: GroupCommitOptions = {},
): GroupCommitter<Op, R> {
  const maxBatch = options.maxBatch ?? 256;
  const tickMs = options.tickMs ?? 0;
  let queue: Waiting<Op, R>[] = [];
  let committing = 0;
  let inFlight: Promise<void> | undefined;
  let scheduled = false;
  let closed = false;
  let drained: (() => void) | undefined;

  const settle = (batch: readonly Waiting<Op, R>[], results: readonly Settled<R>[]) => {
    batch.forEach((waiting, index) => {
      const result = results[index];
      if (result === undefined) waiting.reject(new Error("the batch returned no result for this operation"));
      else if (result.ok) waiting.resolve(result.value);
      else waiting.reject(result.error);
    });
  };
  const fail = (batch: readonly Waiting<Op, R>[], error: unknown) => {
    for (const waiting of batch) waiting.reject(error);
  };

  const flush = (): void => {
    scheduled = false;
    while (inFlight === undefined && queue.length > 0) {
      const batch = queue.slice(0, maxBatch);
      queue = queue.slice(batch.length);
      let outcome: readonly Settled<R>[] | Promise<readonly Settled<R>[]>;
      try {
        outcome = commitBatch(batch.map((waiting) => waiting.op));
      } catch (error) {
        fail(batch, error);
        continue;
      }
      if (!(outcome instanceof Promise)) {
        settle(batch, outcome);
        continue;
      }
      committing = batch.length;
      inFlight = outcome.then(
        (results) => settle(batch, results),
        (error: unknown) => fail(batch, error),
      );
      void inFlight.finally(() => {
        inFlight = undefined;
        committing = 0;
        flush();
      });
    }
    if (inFlight === undefined && queue.length === 0) drained?.();
  };

  const schedule = () => {
    if (scheduled || inFlight !== undefined) return;
    scheduled = true;
    if (tickMs > 0) setTimeout(flush, tickMs);
    else setImmediate(flush);
  };

  return {
    submit(op) {
      if (closed) return Promise.reject(new Error("the store is closed"));
      return new Promise<R>((resolve, reject) => {
        queue.push({ op, resolve, reject });
        if (queue.length >= maxBatch) flush();
        else schedule();
      });
    },
    get pending() {
      return queue.length + committing;
    },
    async close() {
      closed = true;
      await new Promise<void>((resolve) => {
        drained = resolve;
        flush();
      });
    },
  };
}
