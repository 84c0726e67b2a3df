import { Worker } from "node:worker_threads";
import { InputError } from "@npskit/core";
import type { Database } from "better-sqlite3";
import { QUARANTINE_BODY_BYTES, QUARANTINE_MAX_ROWS } from "./boundQuarantine.js";
import { createGroupCommitter, type Settled } from "./groupCommitter.js";
import { loadSqlite } from "./loadSqlite.js";
import { oneLine } from "./oneLine.js";
import type { StoreOperation, StoreResult } from "./storeOperation.js";

/** Options of {@link openWebhookStore}. */
export interface WebhookStoreOptions {
  /** Operations per transaction at most. @default 256 */
  readonly maxBatch?: number;
  /** Milliseconds a batch may wait for company; 0 = the next event-loop turn. @default 0 */
  readonly tickMs?: number;
  /** Refused deliveries kept; the oldest go first. @default 1000 */
  readonly quarantineMaxRows?: number;
  /** Bytes of each refused body kept. @default 65536 */
  readonly quarantineBodyBytes?: number;
}

/** A fetch job waiting for its turn. */
export interface FetchJobRow {
  readonly id: number;
  readonly eventId: string;
  readonly surveyId: string;
  readonly responseId: string;
  readonly url: string;
  readonly attempts: number;
}

/** How many rows each table holds. */
export interface StoreCounts {
  readonly deliveries: number;
  readonly responses: number;
  readonly itemRejections: number;
  readonly quarantined: number;
  readonly fetchPending: number;
  readonly fetchFailed: number;
}

/** The durable store of the receiver: see {@link openWebhookStore}. */
export interface WebhookStore {
  /** Absolute path of the SQLite file. */
  readonly path: string;
  /** Queues a change; resolves only after the transaction that holds it has committed (fsynced). */
  submit(operation: StoreOperation): Promise<StoreResult>;
  /** Jobs whose next attempt is due at `nowMs`, oldest first. */
  dueFetchJobs(nowMs: number, limit: number): FetchJobRow[];
  /** Earliest next attempt of a pending job, or null when none is pending. */
  nextFetchAttemptAtMs(): number | null;
  /** Row counts, for `/healthz` and tests. */
  counts(): StoreCounts;
  /** `PRAGMA integrity_check`: `["ok"]` for a sound file, else the problems SQLite found. */
  integrityCheck(): string[];
  /** Operations queued and not committed yet. */
  readonly pending: number;
  /** Commits what is queued, then closes the file. */
  close(): Promise<void>;
}

/**
 * Opens (creating on first start) the receiver's SQLite store: WAL with `synchronous=FULL`, so a commit is on
 * disk when it returns; a versioned schema; group commit, so that one fsync acknowledges many deliveries.
 * Writes run in a worker thread that owns the write connection: while it waits for a commit's fsync, the
 * caller's event loop keeps taking requests, which form the next batch. Reads use a second connection.
 *
 * - Idempotent: a delivery is keyed by (sender, event id); a redelivery is reported as `duplicate` and
 *   changes nothing.
 * - Newest wins: a response is keyed by (sender, response id), and a version replaces the stored one only if
 *   its `updatedAtMs` is not older (the rule of `supersedes`), whatever the arrival order.
 * - Quarantine: refused deliveries with their reason, the body cut to `quarantineBodyBytes`, at most
 *   `quarantineMaxRows` rows.
 *
 * @example
 * const store = await openWebhookStore("responses.db");
 * await store.submit({ kind: "accept", sender: "standard", eventId: "msg_1", receivedAtMs: Date.now(), responses, rejected: [] });
 * await store.close();
 */
export async function openWebhookStore(
  path: string,
  options: WebhookStoreOptions = {},
): Promise<WebhookStore> {
  const Sqlite = await loadSqlite();
  const bounds = {
    maxRows: options.quarantineMaxRows ?? QUARANTINE_MAX_ROWS,
    maxBodyBytes: options.quarantineBodyBytes ?? QUARANTINE_BODY_BYTES,
  };
  const worker = startWorker(path, bounds);
  const ready = await new Promise<{ ready?: true; failed?: string; input?: boolean }>((resolve) => {
    worker.once("message", resolve);
    worker.once("error", (error) => resolve({ failed: error.message }));
  });
  if (ready.failed !== undefined) {
    await worker.terminate();
    const message =
      ready.input === true ? ready.failed : `cannot open the webhook store ${path}: ${ready.failed}`;
    throw new InputError(oneLine(message), { location: { file: path } });
  }
  // The read side: another connection on the same file (WAL lets it read while the worker writes).
  const db: Database = new Sqlite(path, { fileMustExist: true });
  db.pragma("busy_timeout = 5000");
  const sql = readStatements(db);

  let nextId = 0;
  let broken: Error | undefined;
  const waiting = new Map<
    number,
    { resolve(results: Settled<StoreResult>[]): void; reject(error: Error): void }
  >();
  const failAll = (error: Error) => {
    broken ??= error;
    for (const pending of waiting.values()) pending.reject(error);
    waiting.clear();
  };
  worker.on(
    "message",
    (message: { id: number; results?: Settled<StoreResult>[]; error?: { message: string } }) => {
      const pending = waiting.get(message.id);
      if (pending === undefined) return;
      waiting.delete(message.id);
      if (message.results !== undefined) {
        pending.resolve(
          message.results.map((result) =>
            result.ok ? result : { ok: false, error: revive(result.error as { message: string }) },
          ),
        );
      } else pending.reject(revive(message.error));
    },
  );
  worker.on("error", (error) => failAll(new Error(`the store's writer failed: ${error.message}`)));
  worker.on("exit", () => failAll(new Error("the store is closed")));

  const committer = createGroupCommitter(
    (ops: readonly StoreOperation[]) =>
      new Promise<Settled<StoreResult>[]>((resolve, reject) => {
        if (broken !== undefined) return reject(broken);
        const id = nextId++;
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, ops });
      }),
    {
      ...(options.maxBatch !== undefined && { maxBatch: options.maxBatch }),
      ...(options.tickMs !== undefined && { tickMs: options.tickMs }),
    },
  );

  let closed: Promise<void> | undefined;
  return {
    path,
    submit: (operation) => committer.submit(operation),
    dueFetchJobs: (nowMs, limit) =>
      (sql.dueJobs.all(nowMs, limit) as Record<string, unknown>[]).map((row) => ({
        id: Number(row.id),
        eventId: String(row.event_id),
        surveyId: String(row.survey_id),
        responseId: String(row.response_id),
        url: String(row.url),
        attempts: Number(row.attempts),
      })),
    nextFetchAttemptAtMs: () => (sql.nextJob.get() as { at: number | null }).at,
    counts: () => sql.counts.get() as StoreCounts,
    integrityCheck: () =>
      (db.pragma("integrity_check") as { integrity_check: string }[]).map((row) => row.integrity_check),
    get pending() {
      return committer.pending;
    },
    close() {
      closed ??= (async () => {
        await committer.close();
        const exited = new Promise((resolve) => worker.once("exit", resolve));
        worker.postMessage({ close: true });
        await exited;
        db.close();
      })();
      return closed;
    },
  };
}

// The worker runs the compiled storeWorker.js next to this file. When this file runs as TypeScript (vitest,
// tsx), Node 20 cannot load TypeScript in a worker thread, so the worker is the package's built
// dist/storeWorker.js: build before testing (turbo's test task depends on build).
function startWorker(path: string, bounds: { maxRows: number; maxBodyBytes: number }): Worker {
  const typescript = import.meta.url.endsWith(".ts");
  const url = new URL(typescript ? "../dist/storeWorker.js" : "./storeWorker.js", import.meta.url);
  return new Worker(url, { workerData: { path, bounds } });
}

function revive(error: { message: string; code?: string } | undefined): Error {
  return Object.assign(
    new Error(error?.message ?? "the store's writer failed"),
    error?.code === undefined ? {} : { code: error.code },
  );
}

function readStatements(db: Database) {
  return {
    dueJobs: db.prepare(
      `SELECT id, event_id, survey_id, response_id, url, attempts FROM fetch_jobs
       WHERE state = 'pending' AND next_attempt_at_ms <= ? ORDER BY next_attempt_at_ms, id LIMIT ?`,
    ),
    nextJob: db.prepare("SELECT min(next_attempt_at_ms) AS at FROM fetch_jobs WHERE state = 'pending'"),
    counts: db.prepare(
      `SELECT (SELECT count(*) FROM deliveries) AS deliveries, (SELECT count(*) FROM responses) AS responses,
         (SELECT count(*) FROM item_rejections) AS itemRejections, (SELECT count(*) FROM quarantine) AS quarantined,
         (SELECT count(*) FROM fetch_jobs WHERE state = 'pending') AS fetchPending,
         (SELECT count(*) FROM fetch_jobs WHERE state = 'failed') AS fetchFailed`,
    ),
  };
}
