// Sends the monthly-report example's responses to `npskit serve` as signed Standard Webhooks deliveries,
// one line per delivery, sent as is — the example's few broken lines included, which the receiver refuses
// (400/422) and records. The line number is the webhook id, so running the script twice stores nothing twice.
//
//   node scripts/sendDeliveries.mjs [base URL] [file]
//   (defaults: http://127.0.0.1:8787 and ../monthly-report/data/responses.ndjson)
//
// The secret comes from NPSKIT_STANDARD_WEBHOOKS_SECRET, else the example's. Prints a tally of the answers;
// exits 1 when a delivery got neither a 2xx nor a refusal (400/422) after its retries.
import { readFile } from "node:fs/promises";
import { signStandardWebhook } from "@npskit/source-webhook";

const base = (process.argv[2] ?? "http://127.0.0.1:8787").replace(/\/+$/, "");
const file = process.argv[3] ?? new URL("../../monthly-report/data/responses.ndjson", import.meta.url);
const secret = process.env.NPSKIT_STANDARD_WEBHOOKS_SECRET ?? "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const CONCURRENCY = 16;

const lines = (await readFile(file, "utf8")).split("\n").filter((line) => line.trim() !== "");
const tally = new Map();
let next = 0;

async function sendOne(line, number) {
  const id = `line-${number}`;
  for (let attempt = 1; ; attempt += 1) {
    const headers = signStandardWebhook({
      secret,
      id: `msg_${id}`,
      timestamp: Math.floor(Date.now() / 1000),
      body: line,
    });
    try {
      const response = await fetch(`${base}/webhooks/standard`, {
        method: "POST",
        body: line,
        headers: { ...headers, "content-type": "application/json" },
      });
      await response.arrayBuffer();
      // Like a real sender: retry what was not acknowledged (rate limit, shutdown), give up on refusals.
      if ((response.status === 429 || response.status >= 500) && attempt < 5) {
        await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
        continue;
      }
      return response.status;
    } catch (error) {
      if (attempt >= 5) return `error: ${error.message}`;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}

await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (next < lines.length) {
      const number = next++;
      const status = await sendOne(lines[number], number + 1);
      tally.set(status, (tally.get(status) ?? 0) + 1);
    }
  }),
);
const summary = [...tally].map(([status, count]) => `${count} × ${status}`).join(", ");
console.log(`sent ${lines.length} deliveries to ${base}/webhooks/standard: ${summary}`);
const answered = [200, 202, 400, 422].reduce((sum, status) => sum + (tally.get(status) ?? 0), 0);
if (answered !== lines.length) process.exitCode = 1;
