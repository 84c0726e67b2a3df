import type { LogSink, WebhookReceiver } from "@npskit/source-webhook";
import { loadWebhookPlugin } from "../../webhook/loadWebhookPlugin.js";
import { type ServeOverrides, type ServeSettings, serveSettings } from "./serveSettings.js";

/** Options of {@link runServe}. */
export interface RunServeOptions extends ServeOverrides {
  /** Where the receiver's structured log entries go. */
  readonly log?: LogSink;
  /** Environment to read secrets from. @default process.env */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** A started receiver and the settings it runs with. */
export interface ServeRun {
  readonly settings: ServeSettings;
  readonly receiver: WebhookReceiver;
}

/**
 * Starts the webhook receiver of `npskit serve` with the resolved settings; callable without argv (tests,
 * the notebook). The receiver package (an optional peer of the CLI) is imported on first use, so other commands never load
 * SQLite.
 * Stop it with `run.receiver.close()`, which finishes the requests in flight.
 */
export async function runServe(options: RunServeOptions): Promise<ServeRun> {
  const settings = await serveSettings(options, options.env);
  const { startWebhookReceiver } = await loadWebhookPlugin();
  const receiver = await startWebhookReceiver({
    store: settings.store,
    host: settings.host,
    port: settings.port,
    bodyLimitBytes: settings.bodyLimitBytes,
    rateLimit: settings.rateLimit,
    endpoints: settings.endpoints,
    ...(options.log !== undefined && { log: options.log }),
  });
  return { settings, receiver };
}
