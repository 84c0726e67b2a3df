// A receiver in its own process, for the crash test and the benchmark: `node --import tsx receiverChild.ts
// <store> <secret> [maxBatch]`. Prints {"port": …} on stdout once listening; SIGTERM closes it gracefully.
import { startWebhookReceiver } from "../src/startWebhookReceiver.js";

const [store, secret, maxBatch] = process.argv.slice(2);
if (store === undefined || secret === undefined)
  throw new Error("usage: receiverChild.ts <store> <secret> [maxBatch]");
const receiver = await startWebhookReceiver({
  store,
  port: 0,
  endpoints: { standard: { secret } },
  rateLimit: false,
  storeOptions: {
    ...(maxBatch !== undefined && { maxBatch: Number(maxBatch) }),
    ...(process.env.NPSKIT_TICK_MS !== undefined && { tickMs: Number(process.env.NPSKIT_TICK_MS) }),
  },
});
process.stdout.write(`${JSON.stringify({ port: receiver.port })}\n`);
process.once("SIGTERM", () => void receiver.close().then(() => process.exit(0)));
