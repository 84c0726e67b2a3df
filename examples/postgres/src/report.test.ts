// The PostgreSQL example end to end on a real server started on loopback (Debian's postgresql): the load
// script fills the table, then the real `npskit` command builds the report. The report from PostgreSQL's
// pushed-down histograms must be the very same document as the one built by reading every row, with the
// figures of `npskit calc` on the data that was loaded.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { startPostgres, type TestPostgres } from "@npskit/source-postgres/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const exampleDir = fileURLToPath(new URL("..", import.meta.url));
const npskit = fileURLToPath(new URL("../node_modules/@npskit/cli/bin/npskit.js", import.meta.url));
const out = mkdtempSync(join(tmpdir(), "npskit-postgres-example-"));
const NOW = "2026-11-01T09:00:00Z";
const read = (path: string) => readFileSync(join(out, path), "utf8");
let server: TestPostgres;
let loaded: string;

beforeAll(async () => {
  server = await startPostgres();
  const env = { ...process.env, DATABASE_URL: server.url };
  loaded = (await run(process.execPath, ["scripts/load.mjs"], { cwd: exampleDir, env })).stdout;
  for (const [name, file] of [
    ["pushdown", "npskit.config.ts"],
    ["rows", "npskit.rows.config.ts"],
  ]) {
    await run(
      process.execPath,
      [
        npskit,
        "report",
        "--config",
        file!,
        "--period",
        "2026-10",
        "--now",
        NOW,
        "--format",
        "json,md",
      ].concat(["--out", join(out, name!)]),
      { cwd: exampleDir, env },
    );
  }
}, 120_000);
afterAll(async () => {
  await server?.stop();
  rmSync(out, { recursive: true, force: true });
});

describe("examples/postgres", () => {
  it("loads the example's valid responses", () => {
    expect(loaded).toBe("loaded 2578 responses into public.nps_responses\n");
  });

  it("builds the same report from pushed-down histograms as from every row", () => {
    for (const file of ["nps-2026-10.json", "nps-2026-10.md", "nps-2026-10.follow-up.csv"]) {
      expect(read(join("pushdown", file))).toBe(read(join("rows", file)));
    }
  });

  it("reports the figures of the data that was loaded", async () => {
    const { stdout } = await run(
      process.execPath,
      [npskit, "calc", "--input", "../monthly-report/data/responses.ndjson", "--period", "2026-10"].concat([
        "--time-zone",
        "Europe/Moscow",
        "--no-quarantine",
        "--json",
      ]),
      { cwd: exampleDir },
    );
    const calc = JSON.parse(stdout) as { n: number; nps: number };
    const model = JSON.stringify(JSON.parse(read("pushdown/nps-2026-10.json")));
    expect(model).toContain(`"n":${calc.n}`);
    expect(model).toContain(`"nps":${calc.nps}`);
  });
});
