// pnpm bench (in plugins/source-csv): reading speed and peak memory on a file from bench/gen-responses.mjs,
// as ratios against a baseline measured in the same run — streaming the same file's bytes and doing nothing
// with them — so the numbers compare across machines. Each case runs in its own process, so its peak RSS is
// its own. Runs against the built package (dist), the code users get.
//
//   BENCH_ROWS=1000000 node bench/readCsv.bench.mjs
import { execFileSync } from "node:child_process";
import { createReadStream, existsSync, mkdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const CASES = {
  "baseline: stream the bytes": async (path) => {
    let rows = 0;
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }))
      rows += chunk.length > 0 ? 0 : 1;
    return rows;
  },
  "readCsvRows (rows of fields)": async (path) => {
    const { readCsvRows } = await import("../dist/index.js");
    let rows = 0;
    for await (const batch of readCsvRows(path)) rows += batch.length;
    return rows - 1;
  },
  "csv source read() (candidate responses)": async (path) => {
    const { csv } = await import("../dist/index.js");
    const ctx = {
      signal: new AbortController().signal,
      timeZone: "UTC",
      logger: { debug() {}, info() {}, warn() {}, error() {} },
      reject() {},
      progress() {},
    };
    let rows = 0;
    for await (const batch of csv({ path }).read(ctx)) rows += batch.length;
    return rows;
  },
  "csv source + ingest (validated, counted)": async (path) => {
    const { csv } = await import("../dist/index.js");
    const { ingest } = await import("@npskit/core");
    const result = await ingest({ sources: [csv({ path })], breakdowns: [["region"], ["plan"]] });
    return result.accounting.accepted;
  },
};

const [mode, name, path] = process.argv.slice(2);
if (mode === "--case") {
  const start = performance.now();
  const rows = await CASES[name](path);
  const seconds = (performance.now() - start) / 1000;
  process.stdout.write(JSON.stringify({ rows, seconds, peakRss: process.resourceUsage().maxRSS * 1024 }));
} else {
  const rows = Number(process.env.BENCH_ROWS ?? 1_000_000);
  const dir = join(tmpdir(), "npskit-csv-bench");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `responses-${rows}.csv`);
  const generator = fileURLToPath(new URL("../../../bench/gen-responses.mjs", import.meta.url));
  if (!existsSync(file))
    execFileSync(process.execPath, [generator, "--rows", String(rows), "--seed", "bench", "--out", file]);
  const bytes = statSync(file).size;
  console.log(
    `source-csv reading, ${rows.toLocaleString("en")} rows, ${(bytes / 1e6).toFixed(0)} MB (Node ${process.version})`,
  );
  let baseline = 0;
  for (const caseName of Object.keys(CASES)) {
    const run = () =>
      JSON.parse(
        execFileSync(process.execPath, [fileURLToPath(import.meta.url), "--case", caseName, file], {
          encoding: "utf8",
        }),
      );
    run(); // warm the page cache and the disk
    const runs = [run(), run(), run()].sort((a, b) => a.seconds - b.seconds);
    const { seconds, peakRss, rows: counted } = runs[1];
    if (baseline === 0) baseline = seconds;
    console.log(
      `  ${caseName.padEnd(42)} ${(bytes / 1e6 / seconds).toFixed(0).padStart(5)} MB/s ` +
        `${(rows / seconds / 1e6).toFixed(2).padStart(6)} M rows/s ${(seconds / baseline).toFixed(1).padStart(6)}× baseline ` +
        `peak RSS ${(peakRss / 2 ** 20).toFixed(0).padStart(4)} MiB${counted === rows || caseName.startsWith("baseline") ? "" : `  (counted ${counted}!)`}`,
    );
  }
}
