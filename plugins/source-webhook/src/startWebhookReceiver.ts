import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { quarantineHeaders } from "./boundQuarantine.js";
import { decideDelivery } from "./decideDelivery.js";
import type { LogSink } from "./jsonLog.js";
import { createRateLimiter, type RateLimit } from "./rateLimiter.js";
import { readBody } from "./readBody.js";
import { WEBHOOK_SENDERS, type WebhookSender } from "./storeOperation.js";
import {
  type FetchRetry,
  type SurveyMonkeyFetcher,
  startSurveyMonkeyFetcher,
} from "./surveyMonkeyFetcher.js";
import type { WebhookEndpoints } from "./webhookEndpoints.js";
import { openWebhookStore, type WebhookStore, type WebhookStoreOptions } from "./webhookStore.js";

/** Options of {@link startWebhookReceiver}. */
export interface WebhookReceiverOptions {
  /** Path of the SQLite store, created on first start. */
  readonly store: string;
  /** The endpoints to serve and their secrets; endpoints left out answer 404. */
  readonly endpoints: WebhookEndpoints;
  /** Interface to listen on. @default "127.0.0.1" */
  readonly host?: string;
  /** Port; 0 picks a free one. @default 8787 */
  readonly port?: number;
  /** Largest body accepted, in bytes (413 above). @default 1048576 */
  readonly bodyLimitBytes?: number;
  /** Per-sender rate limit (429 with `Retry-After` above it); false for none. @default 5000/s, burst 10000 */
  readonly rateLimit?: RateLimit | false;
  /** Time a client has to send a whole request, in milliseconds. @default 10000 */
  readonly requestTimeoutMs?: number;
  /** Group commit and quarantine bounds. */
  readonly storeOptions?: WebhookStoreOptions;
  /** SurveyMonkey fetch retries. */
  readonly fetchRetry?: FetchRetry;
  /** Where structured log entries go. @default nowhere */
  readonly log?: LogSink;
  /** The clock, in milliseconds (for signature timestamps and retries). @default Date.now */
  readonly clock?: () => number;
}

/** A running receiver. */
export interface WebhookReceiver {
  /** `http://host:port`, the base of `/webhooks/{sender}`. */
  readonly url: string;
  readonly port: number;
  readonly store: WebhookStore;
  /**
   * Graceful shutdown: stops accepting connections, lets the requests in flight finish (each acknowledged
   * after its commit), stops the fetcher after its current job, commits what is queued and closes the store.
   */
  close(): Promise<void>;
}

const JSON_TYPE = "application/json; charset=utf-8";

/**
 * A request's headers as the verifiers read them. Node has already lower-cased every name and joined a
 * repeated line into one value (`a, b`; or kept the first, for the few headers it knows may not repeat), so a
 * lookup is one property read, not a scan of every header. A repeated id or timestamp thus becomes a value
 * that no signature covers, and the check fails; a repeated signature line is one more candidate, and still
 * only a signature made with the secret matches.
 */
function nodeHeaderView(req: IncomingMessage): { get(name: string): string | null } {
  return {
    get(name) {
      const value = req.headers[name];
      return typeof value === "string" ? value : null;
    },
  };
}

/**
 * Starts the webhook receiver on Node's http: `POST /webhooks/{generic|standard|typeform|surveymonkey|delighted}`
 * (HEAD answers 200 — SurveyMonkey checks it), `GET /healthz`. Each delivery's raw bytes are verified before
 * anything else; a missing or bad signature gets 401 and the delivery goes to quarantine; a good one gets 2xx
 * only after the transaction that stores it committed (group commit, `synchronous=FULL`).
 *
 * @example
 * const receiver = await startWebhookReceiver({ store: "responses.db", port: 8787,
 *   endpoints: { standard: { secret: process.env.STANDARD_WEBHOOKS_SECRET! } } });
 * process.once("SIGTERM", () => receiver.close());
 */
export async function startWebhookReceiver(options: WebhookReceiverOptions): Promise<WebhookReceiver> {
  const { endpoints } = options;
  const log: LogSink = options.log ?? (() => {});
  const clock = options.clock ?? Date.now;
  const bodyLimit = options.bodyLimitBytes ?? 1024 * 1024;
  const limiter =
    options.rateLimit === false
      ? undefined
      : createRateLimiter(options.rateLimit ?? { perSecond: 5000, burst: 10_000 });
  const store = await openWebhookStore(options.store, options.storeOptions);
  const served = new Set(WEBHOOK_SENDERS.filter((sender) => endpoints[sender] !== undefined));
  let fetcher: SurveyMonkeyFetcher | undefined;
  if (endpoints.surveymonkey !== undefined) {
    fetcher = startSurveyMonkeyFetcher({
      store,
      config: endpoints.surveymonkey,
      log,
      clock,
      ...(options.fetchRetry !== undefined && { retry: options.fetchRetry }),
    });
  }
  let closing = false;

  // The headers object is built property by property: spreading objects into it cost about a microsecond
  // per answer, more than all the rest of writing one.
  const reply = (res: ServerResponse, status: number, body: object, extra?: Record<string, string>) => {
    const text = JSON.stringify(body);
    const headers: Record<string, string | number> = {
      "content-type": JSON_TYPE,
      "content-length": Buffer.byteLength(text),
    };
    // While closing, each answer also closes its connection, so keep-alive clients let the server stop.
    if (closing) headers.connection = "close";
    if (extra !== undefined) Object.assign(headers, extra);
    res.writeHead(status, headers);
    res.end(text);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    if (path === "/healthz") {
      if (req.method !== "GET" && req.method !== "HEAD")
        return reply(res, 405, { error: "use GET" }, { allow: "GET, HEAD" });
      return reply(res, closing ? 503 : 200, { status: closing ? "closing" : "ok", pending: store.pending });
    }
    const match = /^\/webhooks\/([a-z]+)\/?$/.exec(path);
    const sender = match?.[1] as WebhookSender | undefined;
    if (sender === undefined || !served.has(sender)) return reply(res, 404, { error: "no such endpoint" });
    if (req.method === "HEAD") {
      res.writeHead(200, { "content-type": JSON_TYPE });
      return res.end();
    }
    if (req.method !== "POST") return reply(res, 405, { error: "use POST" }, { allow: "POST, HEAD" });
    if (closing)
      return reply(res, 503, { error: "shutting down" }, { "retry-after": "5", connection: "close" });
    const started = clock();
    const rate = limiter?.take(sender, started);
    if (rate !== undefined && !rate.ok) {
      req.resume();
      log({ level: "warn", event: "rate-limited", sender });
      return reply(res, 429, { error: "rate limited" }, { "retry-after": String(rate.retryAfterSeconds) });
    }
    const read = await readBody(req, bodyLimit);
    if (!read.ok) {
      log({ level: "warn", event: "refused", sender, status: read.status, reason: read.reason });
      return reply(
        res,
        read.status,
        { error: read.reason },
        read.status === 413 ? { connection: "close" } : {},
      );
    }
    const decision = decideDelivery(
      { sender, headers: nodeHeaderView(req), body: read.body, receivedAtMs: started },
      endpoints,
    );
    if (decision.action === "refuse") {
      await store.submit({
        kind: "quarantine",
        sender,
        receivedAtMs: started,
        reason: `401: ${decision.reason}`,
        headers: quarantineHeaders(req.headers),
        body: read.body,
      });
      // Signature reasons are safe to log by contract (no secret, no signature, no payload).
      log({ level: "warn", event: "refused", sender, status: 401, reason: decision.reason });
      return reply(res, 401, { error: "signature check failed" });
    }
    if (decision.action === "reject") {
      const result = await store.submit({
        kind: "reject",
        sender,
        eventId: decision.eventId,
        receivedAtMs: started,
        status: decision.status,
        reason: decision.reason,
        headers: quarantineHeaders(req.headers),
        body: read.body,
      });
      // Payload reasons may quote payload values: they stay in the store, for the operator, not in the log.
      log({
        level: "warn",
        event: "rejected",
        sender,
        status: decision.status,
        eventId: decision.eventId,
        duplicate: result.duplicate,
      });
      return reply(res, decision.status, { error: decision.reason });
    }
    const { operation } = decision;
    const result = await store.submit(operation);
    if (operation.kind === "enqueueFetch" && !result.duplicate) fetcher?.wake();
    log({
      level: "debug",
      event: result.duplicate ? "duplicate" : "stored",
      sender,
      eventId: operation.eventId,
      stored: result.stored,
      ms: clock() - started,
    });
    return reply(res, result.duplicate ? 200 : 202, {
      status: result.duplicate
        ? "duplicate"
        : operation.kind === "enqueueFetch"
          ? "queued"
          : operation.kind === "ignore"
            ? "ignored"
            : "accepted",
      stored: result.stored,
      ...(operation.kind === "accept" && operation.rejected.length > 0 && { rejected: operation.rejected }),
    });
  };

  const server = createServer(
    { requestTimeout: options.requestTimeoutMs ?? 10_000, headersTimeout: 5_000, keepAliveTimeout: 5_000 },
    (req, res) => {
      handle(req, res).catch((error: Error) => {
        log({ level: "error", event: "internal-error", reason: error.message.split("\n")[0] ?? "" });
        if (!res.headersSent) reply(res, 500, { error: "internal error: not stored" });
        else res.destroy();
      });
    },
  );
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 8787, options.host ?? "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port, address } = server.address() as AddressInfo;
  const host = address.includes(":") ? `[${address}]` : address;
  log({ level: "info", event: "listening", port, endpoints: [...served].join(",") });

  let closed: Promise<void> | undefined;
  return {
    url: `http://${host}:${port}`,
    port,
    store,
    close() {
      closed ??= (async () => {
        closing = true;
        const stoppedListening = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        // Requests in flight finish (their commits included); a client that keeps a connection open without
        // sending anything is cut after the grace period.
        const grace = setTimeout(() => server.closeAllConnections(), options.requestTimeoutMs ?? 10_000);
        await stoppedListening;
        clearTimeout(grace);
        await fetcher?.stop();
        await store.close();
        log({ level: "info", event: "stopped" });
      })();
      return closed;
    },
  };
}
