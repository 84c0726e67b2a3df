import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { MappedResponse } from "./webhookMapping.js";
import { openWebhookStore, type WebhookStore } from "./webhookStore.js";

let dir: string;
let store: WebhookStore | undefined;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "npskit-store-"));
});
afterEach(async () => {
  await store?.close();
  store = undefined;
  await rm(dir, { recursive: true, force: true });
});

const response = (id: string, score: number, updatedAtMs: number): MappedResponse => ({
  response: { id, score, submittedAt: "2026-11-02T10:00:00Z" },
  updatedAtMs,
});
const accept = (eventId: string, responses: MappedResponse[]) =>
  ({ kind: "accept", sender: "standard", eventId, receivedAtMs: 1, responses, rejected: [] }) as const;

function rows(path: string, query: string): unknown[] {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare(query).all();
  } finally {
    db.close();
  }
}

describe("openWebhookStore", () => {
  it("creates one file in WAL mode with synchronous=FULL and a versioned schema", async () => {
    const path = join(dir, "responses.db");
    store = await openWebhookStore(path);
    expect(store.integrityCheck()).toEqual(["ok"]);
    const db = new Database(path, { readonly: true });
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.pragma("user_version", { simple: true })).toBe(1);
    db.close();
  });

  it("stores a delivery once: a redelivery of the same event id is a duplicate and changes nothing", async () => {
    const path = join(dir, "r.db");
    store = await openWebhookStore(path);
    expect(await store.submit(accept("msg_1", [response("a", 9, 1000)]))).toEqual({
      duplicate: false,
      stored: 1,
      stale: 0,
    });
    expect(await store.submit(accept("msg_1", [response("a", 3, 5000)]))).toEqual({
      duplicate: true,
      stored: 0,
      stale: 0,
    });
    expect(rows(path, "SELECT response_id, body FROM responses")).toEqual([
      { response_id: "a", body: JSON.stringify(response("a", 9, 1000).response) },
    ]);
  });

  it("keeps the newest version of a response by the sender's timestamp, whatever the arrival order", async () => {
    const path = join(dir, "r.db");
    store = await openWebhookStore(path);
    await store.submit(accept("e-updated", [response("a", 10, 2000)]));
    expect(await store.submit(accept("e-created", [response("a", 6, 1000)]))).toMatchObject({ stale: 1 });
    await store.submit(accept("e-tie", [response("b", 5, 1000)]));
    await store.submit(accept("e-tie-later", [response("b", 7, 1000)]));
    expect(rows(path, "SELECT response_id, updated_at_ms, body FROM responses ORDER BY 1")).toEqual([
      { response_id: "a", updated_at_ms: 2000, body: expect.stringContaining('"score":10') },
      { response_id: "b", updated_at_ms: 1000, body: expect.stringContaining('"score":7') },
    ]);
  });

  it("lets one operation of a batch fail alone: the batch is redone with savepoints and the rest commit", async () => {
    const path = join(dir, "r.db");
    store = await openWebhookStore(path);
    // One turn of the event loop, so one batch: the middle operation names a fetch job that does not exist.
    const outcomes = await Promise.allSettled([
      store.submit(accept("msg_before", [response("a", 9, 1000)])),
      store.submit({ kind: "completeFetch", jobId: 999, responses: [response("x", 1, 1000)], outcome: "ok" }),
      store.submit(accept("msg_after", [response("b", 3, 1000)])),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect((outcomes[1] as PromiseRejectedResult).reason).toMatchObject({ message: "no fetch job 999" });
    // Nothing of the failed operation, everything of the others, each once.
    expect(rows(path, "SELECT response_id FROM responses ORDER BY 1")).toEqual([
      { response_id: "a" },
      { response_id: "b" },
    ]);
    expect(rows(path, "SELECT event_id FROM deliveries ORDER BY id")).toEqual([
      { event_id: "msg_before" },
      { event_id: "msg_after" },
    ]);
  });
  it("commits many concurrent submissions in few transactions, each acknowledged after its commit", async () => {
    const path = join(dir, "r.db");
    store = await openWebhookStore(path, { maxBatch: 50 });
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => store!.submit(accept(`e${i}`, [response(`r${i}`, i % 11, i)]))),
    );
    expect(results.every((result) => result.stored === 1)).toBe(true);
    expect(store.counts()).toMatchObject({ deliveries: 200, responses: 200 });
    // Another connection sees them: they are committed, not merely queued.
    expect(rows(path, "SELECT count(*) AS n FROM responses")).toEqual([{ n: 200 }]);
  });

  it("keeps a bounded quarantine: bodies cut, oldest rows dropped, credentials never stored", async () => {
    const path = join(dir, "r.db");
    store = await openWebhookStore(path, { quarantineMaxRows: 3, quarantineBodyBytes: 10 });
    for (let i = 0; i < 5; i += 1) {
      await store.submit({
        kind: "quarantine",
        sender: "typeform",
        receivedAtMs: i,
        reason: `bad\nsignature ${i}`,
        headers: { "typeform-signature": "sha256=x" },
        body: Buffer.from(`{"payload":"${"x".repeat(100)}"}`),
      });
    }
    const kept = rows(path, "SELECT reason, length(body) AS kept, body_bytes FROM quarantine ORDER BY id");
    expect(kept).toEqual([2, 3, 4].map((i) => ({ reason: `bad signature ${i}`, kept: 10, body_bytes: 114 })));
  });

  it("persists SurveyMonkey fetch jobs and their retries", async () => {
    const path = join(dir, "r.db");
    store = await openWebhookStore(path);
    const job = {
      surveyId: "1",
      responseId: "2",
      url: "/v3/surveys/1/responses/2/details",
      eventType: "response_completed",
    };
    await store.submit({
      kind: "enqueueFetch",
      sender: "surveymonkey",
      eventId: "ev1",
      receivedAtMs: 100,
      job,
    });
    expect(
      await store.submit({
        kind: "enqueueFetch",
        sender: "surveymonkey",
        eventId: "ev1",
        receivedAtMs: 100,
        job,
      }),
    ).toMatchObject({ duplicate: true });
    const [due] = store.dueFetchJobs(100, 10);
    expect(due).toMatchObject({ surveyId: "1", responseId: "2", attempts: 0 });
    await store.submit({ kind: "failFetch", jobId: due!.id, error: "HTTP 503", nextAttemptAtMs: 500 });
    expect(store.dueFetchJobs(499, 10)).toEqual([]);
    await store.close();
    store = await openWebhookStore(path);
    expect(store.nextFetchAttemptAtMs()).toBe(500);
    await store.submit({
      kind: "completeFetch",
      jobId: due!.id,
      responses: [response("2", 9, 7)],
      outcome: "ok",
    });
    expect(store.counts()).toMatchObject({ responses: 1, fetchPending: 0 });
  });

  it("refuses a file that is not a webhook store, naming it", async () => {
    const path = join(dir, "other.db");
    const db = new Database(path);
    db.exec("CREATE TABLE t (x)");
    db.close();
    await expect(openWebhookStore(path)).rejects.toMatchObject({
      code: "NPSKIT_E_INPUT",
      message: `${path} is an SQLite database but not an npskit webhook store`,
    });
  });
});
