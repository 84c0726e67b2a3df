// The webhook example's configuration: `npskit serve` receives Standard Webhooks deliveries into
// responses.db, and `npskit report` reads that store as its source. The analysis settings are those of the
// monthly-report example, so the two reports can be compared figure by figure.
import { defineConfig } from "@npskit/core";
import { webhookStore } from "@npskit/source-webhook";

// A real deployment reads the secret from the environment only; the fallback keeps the example runnable.
const secret = process.env.NPSKIT_STANDARD_WEBHOOKS_SECRET ?? "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

export default defineConfig({
  sources: [webhookStore({ path: "responses.db" })],
  serve: {
    port: 8787,
    store: "responses.db",
    endpoints: { standard: { secret } },
  },
  analysis: {
    timeZone: "Europe/Moscow",
    segments: ["region", "plan", "channel"],
    target: 40,
  },
  brand: "../monthly-report/brand/brand.json",
  locale: "en",
  outDir: "reports",
});
