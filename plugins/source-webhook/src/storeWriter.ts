import type { Database, Statement } from "better-sqlite3";
import type { Settled } from "./groupCommitter.js";
import { oneLine } from "./oneLine.js";
import type { StoreOperation, StoreResult } from "./storeOperation.js";
import type { MappedResponse } from "./webhookMapping.js";

/** Bounds of the quarantine table. */
export interface QuarantineBounds {
  readonly maxRows: number;
  readonly maxBodyBytes: number;
}

/**
 * The store's write side, on an open connection: returns the function that commits one batch of operations
 * in one transaction; an operation that fails rolls back alone (see below) and the batch still commits once.
 * Runs in the store's worker thread.
 */
export function storeWriter(
  db: Database,
  bounds: QuarantineBounds,
): (ops: readonly StoreOperation[]) => Settled<StoreResult>[] {
  const maxRows = bounds.maxRows;
  const maxBody = bounds.maxBodyBytes;
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

  // The usual batch fails nowhere, so it runs as one plain transaction: a savepoint per operation would cost a
  // fifth of the writer's time. If one operation throws, that transaction rolls back as a whole and the batch
  // runs again with each operation in its own savepoint (a nested better-sqlite3 transaction), so the failure
  // rolls back only that operation and the rest still commit once. Operations only write to the database,
  // so running them twice is safe.
  const applyAll = db.transaction((ops: readonly StoreOperation[]): Settled<StoreResult>[] =>
    ops.map((op) => ({ ok: true, value: apply(op) })),
  );
  const applyOne = db.transaction(apply);
  const applyEachAlone = db.transaction((ops: readonly StoreOperation[]): Settled<StoreResult>[] =>
    ops.map((op) => {
      try {
        return { ok: true, value: applyOne(op) };
      } catch (error) {
        return { ok: false, error };
      }
    }),
  );
  return (ops) => {
    try {
      return applyAll(ops);
    } catch {
      return applyEachAlone(ops);
    }
  };
}

function storeResponses(
  sql: ReturnType<typeof statements>,
  sender: string,
  deliveryId: number,
  responses: readonly MappedResponse[],
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
  };
}
