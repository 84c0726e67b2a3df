import { UsageError } from "@npskit/core";

/** The `@npskit/source-webhook` module. */
export type WebhookPlugin = typeof import("@npskit/source-webhook");

/**
 * Loads `@npskit/source-webhook` — the receiver and the `webhook-store` source — on first use. It is an
 * optional peer of the CLI because it brings a native SQLite module that compiles on install; a CLI without it
 * works for everything else and says how to add it when `serve` or `--format webhook-store` needs it.
 */
export async function loadWebhookPlugin(): Promise<WebhookPlugin> {
  try {
    return await import("@npskit/source-webhook");
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (
      code !== "ERR_MODULE_NOT_FOUND" ||
      !String((error as Error).message).includes("@npskit/source-webhook")
    ) {
      throw error;
    }
    throw new UsageError(
      "npskit serve and the webhook-store format need @npskit/source-webhook: install it next to @npskit/cli (npm install @npskit/source-webhook)",
    );
  }
}
