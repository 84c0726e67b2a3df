/** The outcome of one operation of a committed batch. */
export type Settled<R> =
  | { readonly ok: true; readonly value: R }
  | { readonly ok: false; readonly error: unknown };

/** Options of {@link createGroupCommitter}. */
export interface GroupCommitOptions {
  /** Operations per transaction at most: a full batch commits at once. @default 256 */
  readonly maxBatch?: number;
  /**
   * How long a batch may wait for company, in milliseconds. 0 commits on the next turn of the event loop,
   * which already gathers every request that arrived while the previous commit was syncing. @default 0
   */
  readonly tickMs?: number;
}

/** Queues operations and commits them in batches; see {@link createGroupCommitter}. */
export interface GroupCommitter<Op, R> {
  /** Queues `op`; resolves with its result only after the transaction holding it has committed. */
  submit(op: Op): Promise<R>;
  /** Commits whatever is queued now, and waits for nothing else. */
  flush(): void;
  /** Operations queued and not yet committed. */
  readonly pending: number;
  /** Commits what is queued, then refuses new operations. */
  close(): void;
}

interface Waiting<Op, R> {
  readonly op: Op;
  resolve(value: R): void;
  reject(error: unknown): void;
}

/**
 * Group commit: requests queue, and one transaction commits a batch — when the batch is full or on the next
 * tick — so one fsync serves many requests. Every `submit` promise settles only after `commitBatch` returned,
 * i.e. after the transaction that holds it is durable; nothing is acknowledged early.
 *
 * `commitBatch` runs the whole batch in one transaction and returns one result per operation (an operation may
 * fail alone, in a savepoint); if it throws, the transaction rolled back and every operation of the batch fails.
 *
 * @example
 * const committer = createGroupCommitter((ops) => store.applyBatch(ops), { maxBatch: 256 });
 * await committer.submit(op); // durable now
 */
export function createGroupCommitter<Op, R>(
  commitBatch: (ops: readonly Op[]) => readonly Settled<R>[],
  options: GroupCommitOptions = {},
): GroupCommitter<Op, R> {
  const maxBatch = options.maxBatch ?? 256;
  const tickMs = options.tickMs ?? 0;
  let queue: Waiting<Op, R>[] = [];
  let scheduled = false;
  let closed = false;

  const flush = () => {
    scheduled = false;
    while (queue.length > 0) {
      const batch = queue.slice(0, maxBatch);
      queue = queue.slice(batch.length);
      let results: readonly Settled<R>[];
      try {
        results = commitBatch(batch.map((waiting) => waiting.op));
      } catch (error) {
        for (const waiting of batch) waiting.reject(error);
        continue;
      }
      batch.forEach((waiting, index) => {
        const result = results[index];
        if (result === undefined)
          waiting.reject(new Error("the batch returned no result for this operation"));
        else if (result.ok) waiting.resolve(result.value);
        else waiting.reject(result.error);
      });
    }
  };

  const schedule = () => {
    if (scheduled) return;
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
    flush,
    get pending() {
      return queue.length;
    },
    close() {
      flush();
      closed = true;
    },
  };
}
