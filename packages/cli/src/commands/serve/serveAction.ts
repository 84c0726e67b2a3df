import { UsageError } from "@npskit/core";
import type { LogLevel } from "@npskit/source-webhook";
import type { CommandContext, CommandOptions } from "../../commandContext.js";
import { displayPath } from "../../displayPath.js";
import { loadWebhookPlugin } from "../../webhook/loadWebhookPlugin.js";
import { runServe } from "./runServe.js";

const LEVELS = ["debug", "info", "warn", "error"] as const;

/**
 * `npskit serve`: starts the receiver, logs JSON lines to stderr, and runs until Ctrl-C or SIGTERM, then
 * shuts down gracefully (the requests in flight are committed and answered first).
 */
export async function serveAction(options: CommandOptions, context: CommandContext): Promise<void> {
  const text = (key: string) => (typeof options[key] === "string" ? (options[key] as string) : undefined);
  const level = (text("logLevel") ?? "info") as LogLevel;
  if (!LEVELS.includes(level)) throw new UsageError(`--log-level must be one of ${LEVELS.join(", ")}`);
  const { jsonLineLog } = await loadWebhookPlugin();
  const log = jsonLineLog((line) => context.io.stderr.write(line), level);
  const number = (key: string, flag: string, min: number) => {
    const value = text(key);
    if (value === undefined) return undefined;
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < min)
      throw new UsageError(`${flag} must be a whole number ≥ ${min} (got "${value}")`);
    return parsed;
  };
  const port = number("port", "--port", 0);
  const bodyLimitBytes = number("bodyLimit", "--body-limit", 1);
  const rateLimit = number("rateLimit", "--rate-limit", 1);
  const keys = [
    "host",
    "store",
    "genericToken",
    "standardWebhooksSecret",
    "typeformSecret",
    "surveymonkeyKey",
    "surveymonkeySecret",
    "surveymonkeyToken",
    "surveymonkeyApiBase",
    "delightedKey",
  ] as const;
  const { settings, receiver } = await runServe({
    ...(options.config !== undefined && {
      config: options.config === false ? false : String(options.config),
    }),
    ...Object.fromEntries(keys.flatMap((key) => (text(key) === undefined ? [] : [[key, text(key)]]))),
    ...(port !== undefined && { port }),
    ...(bodyLimitBytes !== undefined && { bodyLimitBytes }),
    ...(rateLimit !== undefined && { rateLimit }),
    log,
  });
  const endpoints = Object.keys(settings.endpoints).map((name) => `${receiver.url}/webhooks/${name}`);
  context.io.stderr.write(
    `npskit serve: storing in ${displayPath(settings.store)}; listening on\n${endpoints.map((url) => `  POST ${url}\n`).join("")}  GET  ${receiver.url}/healthz\nCtrl-C stops after the deliveries in flight are stored.\n`,
  );
  await new Promise<void>((resolve) => {
    if (context.signal.aborted) resolve();
    else context.signal.addEventListener("abort", () => resolve(), { once: true });
  });
  await receiver.close();
}
