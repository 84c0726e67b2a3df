import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ReportModel } from "@npskit/core";
import { afterAll, describe, expect, it } from "vitest";
import { EXAMPLE_DATA, filesIn, removeDir, tempDir } from "../../../test/reportData.js";
import { runReport } from "./runReport.js";

const NOW = new Date("2026-11-01T09:00:00Z");
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map(removeDir)));
const fresh = async () => {
  const dir = await tempDir("npskit-report-insights-");
  dirs.push(dir);
  return dir;
};
const model = async (dir: string) =>
  JSON.parse(await readFile(join(dir, "nps-2026-10.json"), "utf8")) as ReportModel;

/** A plain config (no imports, so it can live in a temp folder) next to the example data read with --input. */
async function project(config: object): Promise<string> {
  const dir = await fresh();
  await writeFile(join(dir, "npskit.config.mjs"), `export default ${JSON.stringify(config)};\n`);
  return dir;
}

const example = (dir: string, extra: object = {}) =>
  runReport({
    cwd: dir,
    input: [EXAMPLE_DATA],
    timeZone: "Europe/Moscow",
    segments: ["region", "plan", "channel"],
    period: "2026-10",
    now: NOW,
    outDir: join(dir, "out"),
    formats: ["json"],
    ...extra,
  });

describe("report insights", () => {
  it("analyses the example month, recommends, and writes the follow-up list", async () => {
    const dir = await project({});
    const run = await example(dir);
    const out = join(dir, "out");
    expect(await filesIn(out)).toEqual([
      "nps-2026-10.follow-up.csv",
      "nps-2026-10.json",
      "nps-2026-10.quarantine.ndjson",
    ]);
    expect(run.reports[0]?.files).toContain(join(out, "nps-2026-10.follow-up.csv"));
    const report = await model(out);
    expect(report.insights?.drivers.map((d) => d.name)).toEqual(["support", "speed", "price"]);
    expect(report.insights?.followUp).toMatchObject({ detractors: 35, consenting: 8, contacts: [] });
    expect(report.insights?.themes.map((t) => t.id)).toContain("reliability");
    expect(report.recommendations.map((r) => r.rule)).toEqual(
      expect.arrayContaining(["npskit:key-drivers", "npskit:close-the-loop", "npskit:thin-evidence"]),
    );
    const priorities = report.recommendations.map((r) => r.priority);
    expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
    const csv = (await readFile(join(out, "nps-2026-10.follow-up.csv"), "utf8")).trimEnd().split("\r\n");
    expect(csv[0]).toBe("id,score,submittedAt,name,email,externalId");
    expect(csv).toHaveLength(1 + 8);
  });

  it("turns built-in rules off, runs the config's own rules, and writes no list when asked not to", async () => {
    const dir = await fresh();
    // A rule is a function, so this config is a module rather than JSON (and imports nothing).
    await writeFile(
      join(dir, "npskit.config.mjs"),
      `export default {
  analysis: { target: 40 },
  insights: { disable: ["npskit:thin-evidence", "npskit:close-the-loop"], followUp: { list: false } },
  rules: [{
    name: "acme:target",
    evaluate: (model) => [{ id: "acme-target", area: "goals", priority: 99, title: "Reach " + model.target,
      rationale: "Our own rule.", evidence: [], references: ["/target"], actions: ["Plan it", "Track it"] }],
  }],
};
`,
    );
    await example(dir);
    const report = await model(join(dir, "out"));
    const rules = report.recommendations.map((r) => r.rule);
    expect(rules).not.toContain("npskit:thin-evidence");
    expect(rules).not.toContain("npskit:close-the-loop");
    expect(report.recommendations[0]).toMatchObject({ rule: "acme:target", title: "Reach 40" });
    expect(await filesIn(join(dir, "out"))).not.toContain("nps-2026-10.follow-up.csv");
  });

  it("names a rule to disable that does not exist", async () => {
    const dir = await project({ insights: { disable: ["npskit:thin-evidance"] } });
    await expect(example(dir)).rejects.toThrow(/thin-evidance/);
  });
});
