import { resolve } from "node:path";
import { defineSource, InputError, type SourceRecord } from "@npskit/core";
import { loadSqlite } from "./loadSqlite.js";
import { oneLine } from "./oneLine.js";
import { STORE_SCHEMA_VERSION } from "./storeSchema.js";

/** Options of the `webhook-store` source. */
export interface WebhookStoreSourceOptions {
  /** Path of the receiver's SQLite store (`npskit serve --store`). */
  readonly path: string;
  /** Records per batch handed to the pipeline. @default 1000 */
  readonly batchSize?: number;
}

/**
 * Reads the responses `npskit serve` accepted: one per (sender, response id), the newest version of each —
 * so a report sees exactly the accepted, deduplicated responses. What the receiver refused after checking the
 * signature — deliveries whose payload was unusable (400/422), and batch items — is reported as rejected
 * records with their delivery id (and pointer), so the data-quality counts include them. Deliveries with a bad
 * signature are not records: they stay in the quarantine table for the operator.
 * The store is opened read-only: a running receiver can keep writing while a report reads.
 *
 * @example
 * defineConfig({ sources: [webhookStore({ path: "responses.db" })] })
 */
export const webhookStore = defineSource((options: WebhookStoreSourceOptions) => ({
  name: "npskit:webhook-store",
  async *read(ctx) {
    const { batchSize = 1000 } = options;
    const path = resolve(ctx.baseDir, options.path);
    const Sqlite = await loadSqlite();
    let db: import("better-sqlite3").Database;
    try {
      db = new Sqlite(path, { readonly: true, fileMustExist: true });
      db.pragma("busy_timeout = 5000");
    } catch (error) {
      throw new InputError(oneLine(`cannot open the webhook store ${path}: ${(error as Error).message}`), {
        location: { file: path },
        cause: error,
      });
    }
    try {
      const version = db.pragma("user_version", { simple: true });
      if (version !== STORE_SCHEMA_VERSION) {
        throw new InputError(
          `${path} is not an npskit webhook store of version ${STORE_SCHEMA_VERSION} (user_version ${String(version)})`,
          { location: { file: path } },
        );
      }
      // One read transaction for both queries: a consistent snapshot while the receiver writes.
      db.exec("BEGIN");
      const rejections = db
        .prepare(
          `SELECT d.sender, d.event_id, r.pointer, r.reason FROM item_rejections r
           JOIN deliveries d ON d.id = r.delivery_id ORDER BY r.id`,
        )
        .all() as { sender: string; event_id: string; pointer: string; reason: string }[];
      // Authenticated deliveries whose payload was refused (400/422) are records too: each once, by event id.
      const refused = db
        .prepare("SELECT sender, event_id, detail FROM deliveries WHERE outcome = 'rejected' ORDER BY id")
        .all() as { sender: string; event_id: string; detail: string | null }[];
      for (const row of refused) {
        // Reported like the file sources report the same problem: "not valid JSON: …", or the field of the
        // first schema issue ("/score: must be…" → field /score), so data-quality categories agree.
        const reason = (row.detail ?? "refused delivery").replace(
          /^body is not valid JSON/,
          "not valid JSON",
        );
        const field = /^(\/[^:\s]*):/.exec(reason)?.[1];
        ctx.reject({ sender: row.sender, eventId: row.event_id }, reason, {
          file: path,
          recordId: `${row.sender}:${row.event_id}`,
          ...(field !== undefined && { field }),
        });
      }
      for (const row of rejections) {
        ctx.reject({ sender: row.sender, eventId: row.event_id, pointer: row.pointer }, row.reason, {
          file: path,
          recordId: `${row.sender}:${row.event_id}`,
          field: row.pointer,
        });
      }
      let batch: SourceRecord[] = [];
      let records = 0;
      const rows = db
        .prepare("SELECT sender, response_id, body FROM responses ORDER BY sender, response_id")
        .iterate() as IterableIterator<{ sender: string; response_id: string; body: string }>;
      for (const row of rows) {
        const response: unknown = JSON.parse(row.body);
        batch.push({
          response,
          location: { file: path, recordId: `${row.sender}:${row.response_id}` },
          raw: response,
        });
        records += 1;
        if (batch.length >= batchSize) {
          yield batch;
          batch = [];
          ctx.progress({ records });
          if (ctx.signal.aborted) return;
        }
      }
      if (batch.length > 0) yield batch;
      ctx.progress({ records });
    } finally {
      if (db.inTransaction) db.exec("COMMIT");
      db.close();
    }
  },
}));
