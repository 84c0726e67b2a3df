// Round-trip time of a trivial cell ("1 + 1"): host → esbuild → worker → inspector → result → host.
// Run with `pnpm bench` (after `pnpm build`). Prints median and p95 over 500 runs after 50 warm-up runs,
// against a baseline measured in the same run: a bare worker postMessage echo.
import { Worker } from "node:worker_threads";
import { Kernel } from "../dist/index.js";

const RUNS = 500;
const quantiles = (times) => {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], p95: sorted[Math.floor(sorted.length * 0.95)] };
};

const echo = new Worker(
  "require('node:worker_threads').parentPort.on('message', (m) => require('node:worker_threads').parentPort.postMessage(m))",
  { eval: true },
);
const baseline = [];
for (let i = 0; i < RUNS + 50; i++) {
  const started = performance.now();
  await new Promise((resolve) => {
    echo.once("message", resolve);
    echo.postMessage(i);
  });
  if (i >= 50) baseline.push(performance.now() - started);
}
await echo.terminate();

const kernel = new Kernel({ dir: process.cwd() });
const times = [];
for (let i = 0; i < RUNS + 50; i++) {
  const started = performance.now();
  const result = await kernel.execute("1 + 1");
  if (result.status !== "ok") throw new Error("the trivial cell failed");
  if (i >= 50) times.push(performance.now() - started);
}
await kernel.dispose();

const cell = quantiles(times);
const base = quantiles(baseline);
console.log(
  `trivial cell round trip: median ${cell.median.toFixed(2)} ms, p95 ${cell.p95.toFixed(2)} ms (target ≤ 5 ms)`,
);
console.log(`baseline postMessage echo: median ${base.median.toFixed(3)} ms, p95 ${base.p95.toFixed(3)} ms`);
console.log(`ratio (median): ${(cell.median / base.median).toFixed(1)}× the bare echo`);
