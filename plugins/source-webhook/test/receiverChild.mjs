// A receiver in its own process, for the crash test and the benchmark: `node receiverChild.mjs <store>
// <secret>`. Plain JavaScript on the built package (dist/), so that each of the crash test's restarts takes
// a fraction of a second. Prints {"port": …} on stdout once listening; SIGTERM closes it gracefully.
// NPSKIT_TICK_MS sets the group commit's tick (tuning experiments).
import { startWebhookReceiver } from "../dist/index.js";

const [store, secret] = process.argv.slice(2);
if (store === undefined || secret === undefined) throw new Error("usage: receiverChild.mjs <store> <secret>");
const receiver = await startWebhookReceiver({
  store,
  port: 0,
  endpoints: { standard: { secret } },
  rateLimit: false,
  ...(process.env.NPSKIT_TICK_MS !== undefined && {
    storeOptions: { tickMs: Number(process.env.NPSKIT_TICK_MS) },
  }),
});
process.stdout.write(`${JSON.stringify({ port: receiver.port })}\n`);
process.once("SIGTERM", () => void receiver.close().then(() => process.exit(0)));
