import { InputError } from "@npskit/core";
import type { Database } from "better-sqlite3";

/** Version of the store's tables, kept in `PRAGMA user_version`; bumped by each migration. */
export const STORE_SCHEMA_VERSION = 1;

// Version 1. Deliveries are keyed by (sender, event id): the UNIQUE constraint is what makes a redelivery
// change nothing. Responses are keyed by (sender, response id) and hold only the newest version.
const V1 = `
CREATE TABLE deliveries (
  id INTEGER PRIMARY KEY,
  sender TEXT NOT NULL,
  event_id TEXT NOT NULL,
  received_at_ms INTEGER NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('accepted', 'ignored', 'queued', 'rejected')),
  responses INTEGER NOT NULL DEFAULT 0,
  detail TEXT,
  UNIQUE (sender, event_id)
);
CREATE TABLE responses (
  sender TEXT NOT NULL,
  response_id TEXT NOT NULL,
  updated_at_ms INTEGER NOT NULL,
  submitted_at TEXT NOT NULL,
  body TEXT NOT NULL,
  delivery_id INTEGER NOT NULL REFERENCES deliveries (id),
  PRIMARY KEY (sender, response_id)
) WITHOUT ROWID;
CREATE TABLE item_rejections (
  id INTEGER PRIMARY KEY,
  delivery_id INTEGER NOT NULL REFERENCES deliveries (id),
  pointer TEXT NOT NULL,
  reason TEXT NOT NULL
);
CREATE TABLE quarantine (
  id INTEGER PRIMARY KEY,
  sender TEXT NOT NULL,
  received_at_ms INTEGER NOT NULL,
  reason TEXT NOT NULL,
  headers TEXT NOT NULL,
  body BLOB NOT NULL,
  body_bytes INTEGER NOT NULL
);
CREATE TABLE fetch_jobs (
  id INTEGER PRIMARY KEY,
  delivery_id INTEGER NOT NULL REFERENCES deliveries (id),
  sender TEXT NOT NULL,
  event_id TEXT NOT NULL,
  survey_id TEXT NOT NULL,
  response_id TEXT NOT NULL,
  url TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('pending', 'done', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at_ms INTEGER NOT NULL,
  last_error TEXT
);
CREATE INDEX fetch_jobs_due ON fetch_jobs (state, next_attempt_at_ms);
`;

/**
 * Creates the tables on a new store, or checks that an existing one has the version this code knows.
 * A store written by a newer npskit is refused rather than misread.
 */
export function migrateStore(db: Database, file: string): void {
  const version = db.pragma("user_version", { simple: true }) as number;
  if (version === STORE_SCHEMA_VERSION) return;
  if (version > STORE_SCHEMA_VERSION) {
    throw new InputError(
      `${file} is a webhook store of version ${version}; this npskit reads up to version ${STORE_SCHEMA_VERSION}: upgrade @npskit/source-webhook`,
      { location: { file } },
    );
  }
  const tables = db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as {
    n: number;
  };
  if (version === 0 && tables.n > 0) {
    throw new InputError(`${file} is an SQLite database but not an npskit webhook store`, {
      location: { file },
    });
  }
  db.transaction(() => {
    db.exec(V1);
    db.pragma(`user_version = ${STORE_SCHEMA_VERSION}`);
  })();
}
