// The store's worker thread: it owns the write connection, so that the fsync of each commit blocks this thread
// and not the HTTP server's event loop, which keeps reading requests into the next batch meanwhile.
// Messages in: { id, ops } (a batch), { close: true }. Messages out: { ready: true } or { failed, input },
// then { id, results } per batch; errors travel as { message, code }.
import { parentPort, workerData } from "node:worker_threads";
import { InputError } from "@npskit/core";
import Database from "better-sqlite3";
import type { StoreOperation } from "./storeOperation.js";
import { migrateStore } from "./storeSchema.js";
import { type QuarantineBounds, storeWriter } from "./storeWriter.js";

const { path, bounds } = workerData as { path: string; bounds: QuarantineBounds };
const port = parentPort!;
let db: Database.Database;
let commit: ReturnType<typeof storeWriter>;
try {
  db = new Database(path);
  db.pragma("journal_mode = WAL");
  // FULL: the WAL is fsynced at every commit, so an acknowledged delivery survives power loss (NORMAL may not).
  db.pragma("synchronous = FULL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  migrateStore(db, path);
  commit = storeWriter(db, bounds);
  port.postMessage({ ready: true });
} catch (error) {
  port.postMessage({ failed: (error as Error).message, input: error instanceof InputError });
  process.exit(0);
}

port.on("message", (message: { id: number; ops: StoreOperation[] } | { close: true }) => {
  if ("close" in message) {
    db.close();
    port.close();
    return;
  }
  try {
    const results = commit(message.ops).map((result) =>
      result.ok ? result : { ok: false, error: serializable(result.error) },
    );
    port.postMessage({ id: message.id, results });
  } catch (error) {
    port.postMessage({ id: message.id, error: serializable(error) });
  }
});

function serializable(error: unknown): { message: string; code?: string } {
  const { message, code } = error as { message?: unknown; code?: unknown };
  return { message: String(message ?? error), ...(typeof code === "string" && { code }) };
}
