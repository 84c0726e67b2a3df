// The example end to end: the real `npskit serve` in a child process, the real sender script, then the
// October report built from the store, from the same responses as a CSV file (data/responses.csv, with
// npskit.csv.config.ts), and from the NDJSON file the sender read. The report models must agree figure for
// figure; only where the data came from may differ, and the data quality, by exactly the four deliveries the
// receiver refused — lines the CSV does not hold.
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

/** Builds the October report as JSON into out/{name}, with the given config or data options, and reads it. */
async function report(name: string, source: readonly string[]): Promise<Record<string, unknown>> {
  const dir = join(out, name);
  const options = ["--period", "2026-10", "--now", NOW, "--format", "json", "--out", dir];
  await run(process.execPath, [npskit, "report", ...options, ...source], { cwd: exampleDir });
  return JSON.parse(readFileSync(join(dir, "nps-2026-10.json"), "utf8"));
}

/** The report's call-back list: the consenting detractors with their names and e-mails, kept out of the JSON. */
function followUp(name: string): string {
  return readFileSync(join(out, name, "nps-2026-10.follow-up.csv"), "utf8");
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
  // The store and the NDJSON file with npskit.config.ts's analysis; the CSV with its own config, which has the
  // same analysis and says how its columns are read.
  [models.store, models.csv, models.ndjson] = await Promise.all([
    report("store", ["--input", store, "--format-in", "webhook-store"]),
    report("csv", ["--config", "npskit.csv.config.ts"]),
    report("ndjson", ["--input", ndjson, "--format-in", "ndjson"]),
  ]);
}, 120_000);

afterAll(() => {
  if (serve.exitCode === null) serve.kill("SIGKILL");
});

type Model = Record<string, unknown> & { dataQuality: { sources: { source?: string }[] } };

// Where the data came from: each source's name in the data-quality section (the model names no input file). Only
// there: a key "source" elsewhere, a segment of that name in a comment say, is a figure.
function figures(model: Record<string, unknown> | undefined): Record<string, unknown> {
  const copy = structuredClone(model) as Model;
  for (const source of copy.dataQuality.sources) delete source.source;
  return copy;
}

// Every figure of the data-quality section for the 2,578 valid responses; the store's adds what it refused.
const accounted = { accepted: 2481, unanswered: 97, duplicates: 0 };

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

  it("builds the same monthly report from the store as from the CSV, apart from the refused deliveries", () => {
    const { dataQuality: storeQuality, ...storeFigures } = figures(models.store);
    const { dataQuality: csvQuality, ...csvFigures } = figures(models.csv);
    expect(storeFigures).toEqual(csvFigures);
    // Not an empty report that equals another: October's figures (Europe/Moscow months), drivers and themes.
    expect(storeFigures.overall).toMatchObject({
      answered: 196,
      unanswered: 13,
      promoters: 100,
      passives: 61,
      detractors: 35,
      displayed: 33,
    });
    expect((storeFigures.overall as { nps: number }).nps).toBeCloseTo(((100 - 35) / 196) * 100, 12);
    const insights = storeFigures.insights as { drivers: { name: string }[]; themes: unknown[] };
    expect(insights.drivers.map((driver) => driver.name)).toEqual(["support", "speed", "price"]);
    expect(insights.themes.length).toBeGreaterThan(0);
    expect(followUp("store")).toBe(followUp("csv"));
    expect(followUp("store").trim().split("\n")).toHaveLength(1 + 8); // header and 8 consenting detractors

    // The data quality differs, and must, by the four broken lines of the NDJSON: the sender delivered them
    // and the receiver refused and recorded them (3 × 422, 1 × 400), so the store's source counts them as
    // rejected; the CSV leaves them out, since a row cannot carry a misspelt key or broken JSON (see
    // scripts/ndjsonToCsv.mjs). Every valid response is counted alike in both.
    expect(csvQuality).toEqual({
      read: 2578,
      ...accounted,
      rejected: 0,
      rejectedByReason: {},
      sources: [{ read: 2578, ...accounted, rejected: 0 }],
      quarantine: null,
    });
    const refused = { "invalid /score": 2, "invalid /submittedAt": 1, "not valid JSON": 1 };
    expect(storeQuality).toEqual({
      read: 2582,
      ...accounted,
      rejected: 4,
      rejectedByReason: refused,
      sources: [{ read: 2582, ...accounted, rejected: 4 }],
      quarantine: "nps-2026-10.quarantine.ndjson",
    });
    expect(
      [models.store, models.csv, models.ndjson].map((model) => (model as Model).dataQuality.sources),
    ).toEqual([
      [expect.objectContaining({ source: "npskit:webhook-store" })],
      [expect.objectContaining({ source: "npskit:csv" })],
      [expect.objectContaining({ source: "npskit:ndjson" })],
    ]);
    // …and they are the deliveries of exactly the lines the CSV left out (r-bad-1..3, and the broken JSON).
    const quarantined = readFileSync(join(out, "store", "nps-2026-10.quarantine.ndjson"), "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { category: string; location: { recordId: string } })
      .map((rejection) => [rejection.location.recordId, rejection.category]);
    // In line order: the store lists them in the order they arrived, and the sender sends 16 at a time.
    const lineOf = (id: string | undefined) => Number(id?.split("-").pop());
    expect(quarantined.sort(([a], [b]) => lineOf(a) - lineOf(b))).toEqual([
      ["standard:msg_line-102", "invalid /score"],
      ["standard:msg_line-703", "invalid /submittedAt"],
      ["standard:msg_line-1804", "invalid /score"],
      ["standard:msg_line-2301", "not valid JSON"],
    ]);
  });

  it("builds the same report, data quality included, from the NDJSON file the sender read", () => {
    // A second witness: the NDJSON holds the broken lines too, so here even the rejections must agree.
    expect(figures(models.store)).toEqual(figures(models.ndjson));
    expect(followUp("store")).toBe(followUp("ndjson"));
  });
});
