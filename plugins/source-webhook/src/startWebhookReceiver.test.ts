import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { type AddressInfo, connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { LogEntry } from "./jsonLog.js";
import { signDelighted, signStandardWebhook, signSurveyMonkey, signTypeform } from "./signDelivery.js";
import {
  startWebhookReceiver,
  type WebhookReceiver,
  type WebhookReceiverOptions,
} from "./startWebhookReceiver.js";

const fixture = (name: string) => readFileSync(new URL(`../test/fixtures/${name}`, import.meta.url), "utf8");
const SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const TOKEN = "generic-token-123";

let dir: string;
let receiver: WebhookReceiver | undefined;
let logs: LogEntry[];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "npskit-receiver-"));
  logs = [];
});
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
  await rm(dir, { recursive: true, force: true });
});

async function start(options: Partial<WebhookReceiverOptions> = {}): Promise<WebhookReceiver> {
  receiver = await startWebhookReceiver({
    store: join(dir, "responses.db"),
    port: 0,
    endpoints: {
      standard: { secret: SECRET },
      generic: { token: TOKEN },
      typeform: { secret: "typeform-secret" },
      delighted: { apiKey: "delighted-key" },
    },
    log: (entry) => logs.push(entry),
    ...options,
  });
  return receiver;
}

function post(path: string, body: string, headers: Record<string, string>) {
  return fetch(`${receiver!.url}${path}`, {
    method: "POST",
    body,
    headers: { "content-type": "application/json", ...headers },
  });
}

const responseBody = (id: string, score = 9) =>
  JSON.stringify({ id, score, submittedAt: "2026-11-02T10:00:00Z" });
const now = () => Math.floor(Date.now() / 1000);

function table(query: string): unknown[] {
  const db = new Database(join(dir, "responses.db"), { readonly: true });
  try {
    return db.prepare(query).all();
  } finally {
    db.close();
  }
}

describe("startWebhookReceiver", () => {
  it("stores a signed Standard Webhooks delivery once; a redelivery is acknowledged and changes nothing", async () => {
    await start();
    const body = responseBody("r1");
    const headers = signStandardWebhook({ secret: SECRET, id: "msg_1", timestamp: now(), body });
    const first = await post("/webhooks/standard", body, headers);
    expect(first.status).toBe(202);
    expect(await first.json()).toEqual({ status: "accepted", stored: 1 });
    const again = await post("/webhooks/standard", body, headers);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ status: "duplicate", stored: 0 });
    expect(table("SELECT sender, event_id FROM deliveries")).toEqual([
      { sender: "standard", event_id: "msg_1" },
    ]);
    expect(table("SELECT response_id FROM responses")).toEqual([{ response_id: "r1" }]);
  });

  it("refuses forged, truncated, replayed, wrong-secret and unsigned deliveries with 401 and quarantines them", async () => {
    await start();
    const body = responseBody("r2");
    const good = signStandardWebhook({ secret: SECRET, id: "msg_2", timestamp: now(), body });
    const cases: [string, string, Record<string, string>][] = [
      ["forged", responseBody("r2", 0), good],
      ["truncated", body.slice(0, -5), good],
      ["replayed", body, signStandardWebhook({ secret: SECRET, id: "msg_2", timestamp: now() - 301, body })],
      [
        "wrong secret",
        body,
        signStandardWebhook({
          secret: "whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
          id: "msg_2",
          timestamp: now(),
          body,
        }),
      ],
      ["header missing", body, { "webhook-id": "msg_2", "webhook-timestamp": String(now()) }],
    ];
    for (const [, payload, headers] of cases) {
      const response = await post("/webhooks/standard", payload, headers);
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: "signature check failed" });
    }
    expect(table("SELECT count(*) AS n FROM responses")).toEqual([{ n: 0 }]);
    const quarantined = table("SELECT reason, length(body) AS bytes FROM quarantine ORDER BY id") as {
      reason: string;
    }[];
    expect(quarantined.map((row) => row.reason)).toEqual([
      "401: the v1 signature does not match the body",
      "401: the v1 signature does not match the body",
      expect.stringMatching(/^401: timestamp is 30\d s old, beyond the 300 s tolerance$/),
      "401: the v1 signature does not match the body",
      "401: missing webhook-signature header",
    ]);
    // Nothing secret or personal in the logs: no bodies, no signatures.
    const text = JSON.stringify(logs);
    expect(text).not.toContain(good["webhook-signature"]!.slice(3));
    expect(text).not.toContain("submittedAt");
  });

  it("refuses a delivery whose webhook-id line is repeated to smuggle a second id", async () => {
    await start();
    const body = responseBody("r-twice");
    const signed = signStandardWebhook({ secret: SECRET, id: "msg_a", timestamp: now(), body });
    // Raw bytes, since fetch cannot send one header twice: Node joins the two lines into "msg_a, msg_b".
    const answer = await new Promise<string>((resolve, reject) => {
      // Written, not ended: a client that half-closes may not get its answer. "connection: close" makes the
      // server end the connection after answering.
      const socket = connect(receiver!.port, "127.0.0.1", () => {
        socket.write(
          [
            "POST /webhooks/standard HTTP/1.1",
            "host: 127.0.0.1",
            "connection: close",
            "content-type: application/json",
            `content-length: ${Buffer.byteLength(body)}`,
            "webhook-id: msg_a",
            "webhook-id: msg_b",
            `webhook-timestamp: ${signed["webhook-timestamp"]}`,
            `webhook-signature: ${signed["webhook-signature"]}`,
            "",
            body,
          ].join("\r\n"),
        );
      });
      let text = "";
      socket.on("data", (chunk) => (text += chunk));
      socket.on("end", () => resolve(text));
      socket.on("error", reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 401 /);
    expect(table("SELECT count(*) AS n FROM deliveries")).toEqual([{ n: 0 }]);
    expect(table("SELECT reason FROM quarantine")).toEqual([
      { reason: "401: the v1 signature does not match the body" },
    ]);
  });
  it("accepts Typeform and Delighted deliveries; the newest Delighted version wins whatever the order", async () => {
    await start();
    const typeform = fixture("typeform-form-response.json");
    expect(
      (
        await post(
          "/webhooks/typeform",
          typeform,
          signTypeform({ secret: "typeform-secret", body: typeform }),
        )
      ).status,
    ).toBe(202);
    expect(
      (await post("/webhooks/typeform", typeform, signTypeform({ secret: "wrong", body: typeform }))).status,
    ).toBe(401);

    const updated = fixture("delighted-survey-response-updated.json");
    const created = JSON.stringify({
      ...JSON.parse(updated),
      event_type: "survey_response.created",
      event_id: "created-1",
      event_data: { ...JSON.parse(updated).event_data, score: 3, comment: null, updated_at: 1793491200 },
    });
    for (const body of [updated, created]) {
      expect(
        (await post("/webhooks/delighted", body, signDelighted({ secret: "delighted-key", body }))).status,
      ).toBe(202);
    }
    const rows = table("SELECT sender, response_id, body FROM responses ORDER BY sender") as {
      body: string;
    }[];
    expect(rows).toHaveLength(2);
    expect(JSON.parse(rows[0]!.body)).toMatchObject({ id: "5435", score: 9 });
  });

  it("serves the generic endpoint with a Bearer token, keeping the valid items of a batch", async () => {
    await start();
    const batch = JSON.stringify({ responses: [JSON.parse(responseBody("g1")), { id: "g2", score: 12 }] });
    const response = await post("/webhooks/generic", batch, {
      authorization: `Bearer ${TOKEN}`,
      "idempotency-key": "batch-1",
    });
    expect(response.status).toBe(202);
    expect(await response.json()).toMatchObject({
      status: "accepted",
      stored: 1,
      rejected: [{ pointer: "/responses/1" }],
    });
    expect((await post("/webhooks/generic", batch, {})).status).toBe(401);
    expect(table("SELECT pointer FROM item_rejections")).toEqual([{ pointer: "/responses/1" }]);
  });

  it("answers HEAD, /healthz, unknown endpoints, bodies over the limit and bad JSON", async () => {
    await start({ bodyLimitBytes: 100 });
    expect((await fetch(`${receiver!.url}/webhooks/standard`, { method: "HEAD" })).status).toBe(200);
    expect((await fetch(`${receiver!.url}/webhooks/surveymonkey`, { method: "HEAD" })).status).toBe(404);
    expect(await (await fetch(`${receiver!.url}/healthz`)).json()).toEqual({ status: "ok", pending: 0 });
    expect((await post("/webhooks/nope", "{}", {})).status).toBe(404);
    expect((await fetch(`${receiver!.url}/webhooks/standard`)).status).toBe(405);
    expect(
      (await post("/webhooks/generic", "x".repeat(101), { authorization: `Bearer ${TOKEN}` })).status,
    ).toBe(413);
    const bad = await post("/webhooks/generic", "{not json", { authorization: `Bearer ${TOKEN}` });
    expect(bad.status).toBe(400);
    const invalid = await post("/webhooks/generic", '{"id":"x"}', { authorization: `Bearer ${TOKEN}` });
    expect(invalid.status).toBe(422);
    // A redelivery of a refused payload is refused again, and recorded once.
    expect((await post("/webhooks/generic", '{"id":"x"}', { authorization: `Bearer ${TOKEN}` })).status).toBe(
      422,
    );
    expect(table("SELECT outcome, event_id FROM deliveries")).toEqual([
      { outcome: "rejected", event_id: expect.stringMatching(/^sha256:/) },
      { outcome: "rejected", event_id: expect.stringMatching(/^sha256:/) },
    ]);
    expect(table("SELECT reason FROM quarantine")).toEqual([
      { reason: expect.stringMatching(/^400: body is not valid JSON/) },
      { reason: expect.stringMatching(/^422: /) },
    ]);
  });

  it("limits each sender's rate with 429 and Retry-After", async () => {
    await start({ rateLimit: { perSecond: 1, burst: 2 } });
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 3; i += 1) {
      const body = responseBody(`r${i}`);
      const response = await post("/webhooks/generic", body, { authorization: `Bearer ${TOKEN}` });
      statuses.push(response.status);
      if (response.status === 429) retryAfter = response.headers.get("retry-after");
    }
    expect(statuses).toEqual([202, 202, 429]);
    expect(retryAfter).toBe("1");
    // Another sender has its own bucket.
    const body = responseBody("s1");
    expect(
      (
        await post(
          "/webhooks/standard",
          body,
          signStandardWebhook({ secret: SECRET, id: "m", timestamp: now(), body }),
        )
      ).status,
    ).toBe(202);
  });

  it("finishes the requests in flight on graceful shutdown: every acknowledged delivery is stored", async () => {
    // A long tick keeps the deliveries queued for their commit when the shutdown starts.
    await start({ storeOptions: { tickMs: 300 } });
    const sends = Array.from({ length: 100 }, (_, i) => {
      const body = responseBody(`c${i}`);
      return post("/webhooks/generic", body, { authorization: `Bearer ${TOKEN}` }).then(
        (r) => r.status,
        () => 0,
      );
    });
    while (receiver!.store.pending < 10) await new Promise((resolve) => setTimeout(resolve, 5));
    const closing = receiver!.close();
    const statuses = await Promise.all(sends);
    await closing;
    receiver = undefined;
    const acknowledged = statuses.filter((status) => status === 202).length;
    expect(acknowledged).toBeGreaterThanOrEqual(10);
    expect((table("SELECT count(*) AS n FROM responses") as { n: number }[])[0]!.n).toBeGreaterThanOrEqual(
      acknowledged,
    );
  });
});

describe("SurveyMonkey endpoint", () => {
  let api: Server;
  let calls: string[];
  afterEach(() => new Promise<void>((resolve) => api.close(() => resolve())));

  it("queues the fetch, retries a transient failure with backoff, then stores the response", async () => {
    calls = [];
    let detailsCalls = 0;
    api = createServer((req, res) => {
      calls.push(`${req.method} ${req.url} ${req.headers.authorization}`);
      if (req.url === "/v3/surveys/505420611/details") {
        res.writeHead(200, { "content-type": "application/json" });
        return res.end(fixture("surveymonkey-survey-details.json"));
      }
      if (req.url === "/v3/surveys/505420611/responses/114392581839/details") {
        detailsCalls += 1;
        if (detailsCalls === 1) {
          res.writeHead(503);
          return res.end();
        }
        res.writeHead(200, { "content-type": "application/json" });
        return res.end(fixture("surveymonkey-response-details.json"));
      }
      res.writeHead(404);
      res.end();
    });
    await new Promise<void>((resolve) => api.listen(0, "127.0.0.1", resolve));
    const apiBase = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
    await start({
      endpoints: { surveymonkey: { apiKey: "sm-key", apiSecret: "sm-secret", token: "sm-token", apiBase } },
      fetchRetry: { baseMs: 50 },
    });
    expect((await fetch(`${receiver!.url}/webhooks/surveymonkey`, { method: "HEAD" })).status).toBe(200);
    const event = fixture("surveymonkey-event.json");
    const sent = await post(
      "/webhooks/surveymonkey",
      event,
      signSurveyMonkey({ apiKey: "sm-key", secret: "sm-secret", body: event }),
    );
    expect(sent.status).toBe(202);
    expect(await sent.json()).toEqual({ status: "queued", stored: 0 });
    expect(
      (
        await post(
          "/webhooks/surveymonkey",
          event,
          signSurveyMonkey({ apiKey: "sm-key", secret: "bad", body: event }),
        )
      ).status,
    ).toBe(401);

    const deadline = Date.now() + 5000;
    while (receiver!.store.counts().responses === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(receiver!.store.counts()).toMatchObject({ responses: 1, fetchPending: 0, fetchFailed: 0 });
    expect(calls).toEqual([
      "GET /v3/surveys/505420611/details Bearer sm-token",
      "GET /v3/surveys/505420611/responses/114392581839/details Bearer sm-token",
      "GET /v3/surveys/505420611/responses/114392581839/details Bearer sm-token",
    ]);
    expect(logs).toContainEqual(
      expect.objectContaining({ event: "fetch-retry", reason: expect.stringContaining("HTTP 503") }),
    );
    const [row] = table("SELECT body FROM responses") as { body: string }[];
    expect(JSON.parse(row!.body)).toMatchObject({ id: "114392581839", source: "surveymonkey" });
  });
});
