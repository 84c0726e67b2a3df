import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DROP, dropProject, EXAMPLE_DATA, filesIn, removeDir, tempDir } from "../../../test/reportData.js";
import { formatValidate } from "./formatValidate.js";
import { runValidate } from "./runValidate.js";

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map(removeDir)));
const fresh = async () => {
  const dir = await tempDir("npskit-validate-");
  dirs.push(dir);
  return dir;
};

describe("runValidate", () => {
  it("accounts for every record of the example data and quarantines the rejected ones", async () => {
    const out = await fresh();
    const run = await runValidate({ input: [EXAMPLE_DATA], timeZone: "Europe/Moscow", outDir: out });
    expect(run).toMatchObject({
      config: null,
      timeZone: "Europe/Moscow",
      accounting: { read: 2582, accepted: 2481, unanswered: 97, rejected: 4, duplicates: 0 },
      periods: { first: "2025-10", last: "2026-10", count: 13 },
      quarantine: join(out, "nps-validate.quarantine.ndjson"),
    });
    expect(run.sources).toHaveLength(1);
    expect(await filesIn(out)).toEqual(["nps-validate.quarantine.ndjson"]);
    const quarantined = (await readFile(run.quarantine!, "utf8"))
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(quarantined.map((r) => r.location.line)).toEqual([102, 703, 1804, 2301]);
  });

  it("prints the accounting, the reasons, the periods and the quarantine file", async () => {
    const out = await fresh();
    const run = await runValidate({ input: [EXAMPLE_DATA], timeZone: "Europe/Moscow", outDir: out });
    expect(formatValidate(run, out)).toMatchInlineSnapshot(`
      "No config file; reading --input
      Records: 2,582 read = 2,481 answered + 97 unanswered + 4 rejected + 0 duplicates

      Rejected by reason     records
      invalid /score               2
      invalid /submittedAt         1
      not valid JSON               1

      Periods: 2025-10 to 2026-10 (13 with responses), time zone Europe/Moscow
      Quarantine: nps-validate.quarantine.ndjson
      "
    `);
  });

  it("writes no quarantine file for clean data, and a table per source for several", async () => {
    const project = await dropProject();
    dirs.push(project.dir);
    const clean = join(project.dir, "clean.ndjson");
    await writeFile(clean, '{"id":"c1","score":10,"submittedAt":"2026-10-05T10:00:00Z"}\n');
    const out = await fresh();
    const run = await runValidate({ input: [project.data, clean], outDir: out });
    expect(run.accounting).toMatchObject({ read: DROP.read + 1, rejected: DROP.rejected });
    // Two files of one format are two sources, each with its own line in the accounting.
    expect(run.sources.map((s) => [s.source, s.read])).toEqual([
      ["npskit:ndjson responses.ndjson", DROP.read],
      ["npskit:ndjson clean.ndjson", 1],
    ]);
    expect(formatValidate(run, out)).toMatch(/Source\s+read\s+answered/);

    const cleanRun = await runValidate({ input: [clean], outDir: out, config: false });
    expect(cleanRun.quarantine).toBeNull();
  });

  it("refuses to run with neither a config nor --input", async () => {
    await expect(runValidate({ cwd: await fresh() })).rejects.toMatchObject({ code: "NPSKIT_E_USAGE" });
  });
});
