// The Parquet-folder example end to end, the way `pnpm demo` runs it: the real `npskit` command over the real
// files. The report built from DuckDB's pushed-down histograms (and its response sample) must be the very
// same document as the one built by reading every row, and its figures must equal `npskit calc` on the
// monthly-report example's data the Parquet files were made from.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { ingest, type ReportModel } from "@npskit/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import config from "../npskit.config.js";

const run = promisify(execFile);
const exampleDir = fileURLToPath(new URL("..", import.meta.url));
const npskit = fileURLToPath(new URL("../node_modules/@npskit/cli/bin/npskit.js", import.meta.url));
const out = mkdtempSync(join(tmpdir(), "npskit-parquet-example-"));
const NOW = "2026-11-01T09:00:00Z";
const read = (path: string) => readFileSync(join(out, path), "utf8");

beforeAll(async () => {
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
      { cwd: exampleDir },
    );
  }
}, 120_000);
afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

describe("examples/parquet-folder", () => {
  it("builds the same report from pushed-down histograms as from every row", () => {
    for (const file of ["nps-2026-10.json", "nps-2026-10.md", "nps-2026-10.follow-up.csv"]) {
      expect(read(join("pushdown", file))).toBe(read(join("rows", file)));
    }
  });

  it("reports the figures of the monthly-report data the files were made from", async () => {
    const model = JSON.parse(read("pushdown/nps-2026-10.json")) as ReportModel & {
      summary: { current: { n: number; nps: number | null } };
    };
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
    expect(JSON.stringify(model)).toContain(`"n":${calc.n}`);
    expect(JSON.stringify(model)).toContain(`"nps":${calc.nps}`);
  });

  it("counts through DuckDB: the pipeline's report path never asks the source for rows", async () => {
    const source = config.sources?.[0];
    if (source === undefined) throw new Error("the config has no source");
    const sampled: string[] = [];
    const result = await ingest({
      sources: [
        {
          ...source,
          read: () => {
            throw new Error("read() was called");
          },
        },
      ],
      baseDir: exampleDir,
      timeZone: "Europe/Moscow",
      breakdowns: [["region"], ["plan"], ["channel"]],
      onResponse: (response) => sampled.push(response.id),
      responseSample: { perPeriod: 20_000 },
    });
    expect(result.accounting.read).toBe(2578);
    expect(sampled).toHaveLength(2578);
  });
});
