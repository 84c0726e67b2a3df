// The example end to end: the real `npskit serve` in a child process, the real sender script, then the
// October report built from the store and from the same responses read directly. The report models must
// agree figure for figure; only where the data came from may differ.
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const exampleDir = fileURLToPath(new URL("..", import.meta.url));
const npskit = fileURLToPath(new URL("../node_modules/@npskit/cli/bin/npskit.js", import.meta.url));
const ndjson = fileURLToPath(new URL("../../monthly-report/data/responses.ndjson", import.meta.url));
const out = mkdtempSync(join(tmpdir(), "npskit-webhook-example-"));
const store = join(out, "responses.db");
const NOW = "2026-11-01T09:00:00Z";

let serve: ChildProcess;
let sent = "";
const models: Record<string, Record<string, unknown>> = {};

async function report(input: string, format: string, name: string): Promise<Record<string, unknown>> {
  const dir = join(out, name);
  await run(
    process.execPath,
    [npskit, "report", "--period", "2026-10", "--now", NOW, "--format", "json"].concat([
      "--input",
      input,
      "--format-in",
      format,
      "--out",
      dir,
    ]),
    { cwd: exampleDir },
  );
  return JSON.parse(readFileSync(join(dir, "nps-2026-10.json"), "utf8"));
}

beforeAll(async () => {
  serve = spawn(process.execPath, [npskit, "serve", "--port", "0", "--store", store, "--log-level", "warn"], {
    cwd: exampleDir,
    stdio: ["ignore", "ignore", "pipe"],
  });
  // The serve banner names each endpoint's URL; port 0 picked a free port.
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: serve.stderr! });
    lines.on("line", (line) => {
      const match = /POST (http:\/\/\S+)\/webhooks\/standard/.exec(line);
      if (match?.[1] !== undefined) resolve(match[1]);
    });
    serve.once("exit", (code) => reject(new Error(`npskit serve exited with ${code}`)));
  });
  sent = (await run(process.execPath, ["scripts/sendDeliveries.mjs", url], { cwd: exampleDir })).stdout;
  // Sending twice: every delivery is a duplicate the second time.
  sent += (await run(process.execPath, ["scripts/sendDeliveries.mjs", url], { cwd: exampleDir })).stdout;
  const exited = new Promise((resolve) => serve.once("exit", resolve));
  serve.kill("SIGTERM");
  await exited;
  models.store = await report(store, "webhook-store", "store");
  models.direct = await report(ndjson, "ndjson", "direct");
}, 120_000);

afterAll(() => {
  if (serve.exitCode === null) serve.kill("SIGKILL");
});

// Where the data came from: the source's name and file in the data-quality section and the provenance.
function figures(model: Record<string, unknown>): unknown {
  return JSON.parse(JSON.stringify(model), (key, value) =>
    ["sources", "source", "file", "input"].includes(key) ? undefined : value,
  );
}

describe("the webhook example", () => {
  it("stores every delivery once and refuses the broken lines; the resend changes nothing", () => {
    // "sent 2582 deliveries to http://…/webhooks/standard: 2578 × 202, 3 × 422, 1 × 400", once per run.
    const tallies = sent
      .trim()
      .split("\n")
      .map((line) =>
        Object.fromEntries([...line.matchAll(/(\d+) × (\d+)/g)].map((m) => [m[2], Number(m[1])])),
      );
    expect(tallies).toEqual([
      { 202: 2578, 422: 3, 400: 1 },
      { 200: 2578, 422: 3, 400: 1 },
    ]);
  });

  it("builds the same monthly report from the store as from the responses read directly", () => {
    expect(figures(models.store!)).toEqual(figures(models.direct!));
    expect(models.store).toMatchObject({ period: expect.anything() });
  });
});
