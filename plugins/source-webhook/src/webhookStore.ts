import { InputError } from "@npskit/core";
import type { Database, Statement } from "better-sqlite3";
import { QUARANTINE_BODY_BYTES, QUARANTINE_MAX_ROWS } from "./boundQuarantine.js";
import { createGroupCommitter, type Settled } from "./groupCommitter.js";
import { loadSqlite } from "./loadSqlite.js";
import { oneLine } from "./oneLine.js";
import type { StoreOperation, StoreResult } from "./storeOperation.js";
import { migrateStore } from "./storeSchema.js";

/** Options of {@link openWebhookStore}. */
export interface WebhookStoreOptions {
  /** Operations per transaction at most. @default 256 */
  readonly maxBatch?: number;
  /** Milliseconds a batch may wait for company; 0 = the next event-loop turn. @default 0 */
  readonly tickMs?: number;
  /** Refused deliveries kept; the oldest go first. @default 10000 */
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
  /** Commits what is queued and closes the file. */
  close(): void;
}

/**
 * Opens (creating on first start) the receiver's SQLite store: WAL with `synchronous=FULL`, so a commit is on
 * disk when it returns; a versioned schema; group commit, so that one fsync acknowledges many deliveries.
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
 * store.close();
 */
export async function openWebhookStore(
  path: string,
  options: WebhookStoreOptions = {},
): Promise<WebhookStore> {
  const Sqlite = await loadSqlite();
  let db: Database;
  try {
    db = new Sqlite(path);
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = FULL");
    db.pragma("foreign_keys = ON");
    db.pragma("busy_timeout = 5000");
    migrateStore(db, path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(oneLine(`cannot open the webhook store ${path}: ${(error as Error).message}`), {
      location: { file: path },
      cause: error,
    });
  }
  const maxRows = options.quarantineMaxRows ?? QUARANTINE_MAX_ROWS;
  const maxBody = options.quarantineBodyBytes ?? QUARANTINE_BODY_BYTES;
  const sql = statements(db);

  const apply = (op: StoreOperation): StoreResult => {
    switch (op.kind) {
      case "accept":
      case "ignore":
      case "enqueueFetch": {
        const outcome = op.kind === "accept" ? "accepted" : op.kind === "ignore" ? "ignored" : "queued";
        const detail = op.kind === "ignore" ? op.reason : null;
        const count = op.kind === "accept" ? op.responses.length : 0;
        const inserted = sql.insertDelivery.run(
          op.sender,
          op.eventId,
          op.receivedAtMs,
          outcome,
          count,
          detail,
        );
        if (inserted.changes === 0) return { duplicate: true, stored: 0, stale: 0 };
        const deliveryId = Number(inserted.lastInsertRowid);
        if (op.kind === "enqueueFetch") {
          const { job } = op;
          sql.insertJob.run(
            deliveryId,
            op.sender,
            op.eventId,
            job.surveyId,
            job.responseId,
            job.url,
            op.receivedAtMs,
          );
          return { duplicate: false, stored: 0, stale: 0 };
        }
        if (op.kind === "ignore") return { duplicate: false, stored: 0, stale: 0 };
        for (const item of op.rejected) sql.insertRejection.run(deliveryId, item.pointer, item.reason);
        return storeResponses(sql, op.sender, deliveryId, op.responses);
      }
      case "completeFetch": {
        const job = sql.jobById.get(op.jobId) as { delivery_id: number; sender: string } | undefined;
        if (job === undefined) throw new Error(`no fetch job ${op.jobId}`);
        sql.finishJob.run("done", op.outcome, op.jobId);
        sql.setDeliveryCount.run(op.responses.length, job.delivery_id);
        return storeResponses(sql, job.sender, job.delivery_id, op.responses);
      }
      case "failFetch": {
        if (op.nextAttemptAtMs === null) sql.finishJob.run("failed", op.error, op.jobId);
        else sql.retryJob.run(op.nextAttemptAtMs, op.error, op.jobId);
        return { duplicate: false, stored: 0, stale: 0 };
      }
      case "reject": {
        const inserted = sql.insertDelivery.run(
          op.sender,
          op.eventId,
          op.receivedAtMs,
          "rejected",
          0,
          oneLine(op.reason),
        );
        if (inserted.changes === 0) return { duplicate: true, stored: 0, stale: 0 };
        quarantine({ ...op, reason: `${op.status}: ${op.reason}` });
        return { duplicate: false, stored: 0, stale: 0 };
      }
      case "quarantine": {
        quarantine(op);
        return { duplicate: false, stored: 0, stale: 0 };
      }
    }
  };

  // The raw delivery, cut to maxBody bytes; the oldest rows beyond maxRows go.
  function quarantine(op: Extract<StoreOperation, { kind: "quarantine" | "reject" }>): void {
    const body = Buffer.from(op.body.buffer, op.body.byteOffset, op.body.byteLength);
    sql.insertQuarantine.run(
      op.sender,
      op.receivedAtMs,
      oneLine(op.reason),
      JSON.stringify(op.headers),
      body.subarray(0, maxBody),
      body.byteLength,
    );
    sql.trimQuarantine.run(maxRows);
  }

  // Each operation in its own savepoint (a nested better-sqlite3 transaction): one failure rolls back only
  // that operation; the batch still commits once.
  const applyOne = db.transaction(apply);
  const commitBatch = db.transaction((ops: readonly StoreOperation[]): Settled<StoreResult>[] =>
    ops.map((op) => {
      try {
        return { ok: true, value: applyOne(op) };
      } catch (error) {
        return { ok: false, error };
      }
    }),
  );
  const committer = createGroupCommitter(commitBatch, {
    ...(options.maxBatch !== undefined && { maxBatch: options.maxBatch }),
    ...(options.tickMs !== undefined && { tickMs: options.tickMs }),
  });

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
    nextFetchAttemptAtMs: () => {
      const row = sql.nextJob.get() as { at: number | null };
      return row.at;
    },
    counts: () => sql.counts.get() as StoreCounts,
    integrityCheck: () =>
      (db.pragma("integrity_check") as { integrity_check: string }[]).map((row) => row.integrity_check),
    get pending() {
      return committer.pending;
    },
    close() {
      committer.close();
      db.close();
    },
  };
}

function storeResponses(
  sql: ReturnType<typeof statements>,
  sender: string,
  deliveryId: number,
  responses: readonly import("./webhookMapping.js").MappedResponse[],
): StoreResult {
  let stored = 0;
  for (const { response, updatedAtMs } of responses) {
    const changed = sql.upsertResponse.run(
      sender,
      response.id,
      updatedAtMs,
      response.submittedAt,
      JSON.stringify(response),
      deliveryId,
    );
    stored += changed.changes;
  }
  return { duplicate: false, stored, stale: responses.length - stored };
}

function statements(db: Database) {
  const prepare = (text: string): Statement => db.prepare(text);
  return {
    insertDelivery: prepare(
      `INSERT INTO deliveries (sender, event_id, received_at_ms, outcome, responses, detail)
       VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (sender, event_id) DO NOTHING`,
    ),
    setDeliveryCount: prepare("UPDATE deliveries SET outcome = 'accepted', responses = ? WHERE id = ?"),
    insertRejection: prepare("INSERT INTO item_rejections (delivery_id, pointer, reason) VALUES (?, ?, ?)"),
    // `>=`: a tie goes to the later arrival, as `supersedes` says.
    upsertResponse: prepare(
      `INSERT INTO responses (sender, response_id, updated_at_ms, submitted_at, body, delivery_id)
       VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (sender, response_id) DO UPDATE SET
         updated_at_ms = excluded.updated_at_ms, submitted_at = excluded.submitted_at,
         body = excluded.body, delivery_id = excluded.delivery_id
       WHERE excluded.updated_at_ms >= responses.updated_at_ms`,
    ),
    insertQuarantine: prepare(
      `INSERT INTO quarantine (sender, received_at_ms, reason, headers, body, body_bytes)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ),
    trimQuarantine: prepare("DELETE FROM quarantine WHERE id <= (SELECT max(id) FROM quarantine) - ?"),
    insertJob: prepare(
      `INSERT INTO fetch_jobs (delivery_id, sender, event_id, survey_id, response_id, url, state, next_attempt_at_ms)
       VALUES (?, ?, ?, ?, ?, ?, 'pending', ?)`,
    ),
    jobById: prepare("SELECT delivery_id, sender FROM fetch_jobs WHERE id = ?"),
    finishJob: prepare(
      "UPDATE fetch_jobs SET state = ?, last_error = ?, attempts = attempts + 1 WHERE id = ?",
    ),
    retryJob: prepare(
      "UPDATE fetch_jobs SET next_attempt_at_ms = ?, last_error = ?, attempts = attempts + 1 WHERE id = ?",
    ),
    dueJobs: prepare(
      `SELECT id, event_id, survey_id, response_id, url, attempts FROM fetch_jobs
       WHERE state = 'pending' AND next_attempt_at_ms <= ? ORDER BY next_attempt_at_ms, id LIMIT ?`,
    ),
    nextJob: prepare("SELECT min(next_attempt_at_ms) AS at FROM fetch_jobs WHERE state = 'pending'"),
    counts: prepare(
      `SELECT (SELECT count(*) FROM deliveries) AS deliveries, (SELECT count(*) FROM responses) AS responses,
         (SELECT count(*) FROM item_rejections) AS itemRejections, (SELECT count(*) FROM quarantine) AS quarantined,
         (SELECT count(*) FROM fetch_jobs WHERE state = 'pending') AS fetchPending,
         (SELECT count(*) FROM fetch_jobs WHERE state = 'failed') AS fetchFailed`,
    ),
  };
}
