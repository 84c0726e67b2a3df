import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { DROP, dropProject, filesIn, REPORT_PROJECT, removeDir, tempDir } from "../../../test/reportData.js";
import { type CommandOptions, NO_PROGRESS } from "../../commandContext.js";
import { bufferIO } from "../../io.js";
import { reportAction } from "./reportAction.js";

const startCwd = process.cwd();
const dirs: string[] = [];
let data = "";

beforeAll(async () => {
  const project = await dropProject();
  dirs.push(project.dir);
  data = project.data;
});
afterEach(() => process.chdir(startCwd));
afterAll(() => Promise.all(dirs.map(removeDir)));

async function temp(): Promise<string> {
  const dir = await tempDir("npskit-report-action-");
  dirs.push(dir);
  return dir;
}

async function act(options: CommandOptions, env: NodeJS.ProcessEnv = {}) {
  const io = bufferIO();
  const context = { io, signal: new AbortController().signal, progress: NO_PROGRESS };
  const error = await reportAction(options, context, env).then(
    () => undefined,
    (e: unknown) => e,
  );
  return { error, stdout: io.out(), stderr: io.err() };
}

const BASE = {
  config: false,
  input: [] as string[],
  period: "2026-10",
  now: "2026-11-02T09:00:00Z",
  format: ["json,md"],
};

describe("reportAction in GitHub Actions", () => {
  it("appends the summary, annotates failed gates and rejections, and sets step outputs", async () => {
    const dir = await temp();
    const out = join(dir, "reports");
    const summary = join(dir, "step-summary.md");
    const outputs = join(dir, "github-output");
    await writeFile(outputs, "");
    const env = { GITHUB_ACTIONS: "true", GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: outputs };
    const { error, stdout, stderr } = await act(
      { ...BASE, input: [data], out, failUnder: "0", failOnDrop: true },
      env,
    );

    expect(error).toMatchObject({ code: "NPSKIT_E_GATE", message: expect.stringContaining("(and 1 more)") });
    expect(stderr).toBe("");
    expect(stdout).toContain("Gate failed: NPS -46.3 (shown as -46) for 2026-10 is under --fail-under 0");
    const annotations = stdout.split("\n").filter((line) => line.startsWith("::"));
    expect(annotations).toEqual([
      `::warning title=npskit rejected records::2 of ${DROP.read} records were rejected; see ${join(out, "nps-2026-10.quarantine.ndjson")}`,
      "::error title=NPS gate fail-under::NPS -46.3 (shown as -46) for 2026-10 is under --fail-under 0",
      "::error title=NPS gate fail-on-drop::NPS fell 146.3 points from 2026-09 for 2026-10, significant at 95 %25 (p = 0.000)", // "%" escaped as GitHub requires
    ]);
    // the reports were written before the gate failed
    expect(await filesIn(out)).toEqual([
      "nps-2026-10.json",
      "nps-2026-10.md",
      "nps-2026-10.quarantine.ndjson",
    ]);
    const summaryText = await readFile(summary, "utf8");
    expect(summaryText).toContain("### Net Promoter Score — October 2026");
    expect(summaryText).toContain("**NPS −46**");
    const outputText = await readFile(outputs, "utf8");
    expect(outputText).toContain("period=2026-10\nnps=-46\n");
    expect(outputText).toContain("gates=failed\n");
    expect(outputText).toContain(`json=${join(out, "nps-2026-10.json")}\n`);
    expect(outputText).toContain(
      `files<<NPSKIT_EOF\n${join(out, "nps-2026-10.json")}\n${join(out, "nps-2026-10.md")}\nNPSKIT_EOF\n`,
    );
  });

  it("with --json keeps stdout to the JSON and sends the annotations to stderr", async () => {
    const dir = await temp();
    const env = { GITHUB_ACTIONS: "true" };
    const { error, stdout, stderr } = await act(
      { ...BASE, input: [data], out: dir, failUnder: "0", json: true },
      env,
    );
    expect(error).toMatchObject({ code: "NPSKIT_E_GATE" });
    const run = JSON.parse(stdout) as { period: string; gateFailures: unknown[] };
    expect(run.period).toBe("2026-10");
    expect(run.gateFailures).toHaveLength(1);
    expect(
      stderr
        .split("\n")
        .filter((line) => line.startsWith("::"))
        .map((line) => line.slice(0, 16)),
    ).toEqual(["::warning title=", "::error title=NP"]);
  });

  it.each([
    ["GITHUB_ACTIONS is not true", { GITHUB_ACTIONS: "false" }],
    ["there is no environment", {}],
  ])("touches no summary or outputs file when %s", async (_, extra) => {
    const dir = await temp();
    const summary = join(dir, "summary.md");
    const outputs = join(dir, "outputs");
    const { error, stdout } = await act(
      { ...BASE, input: [data], out: join(dir, "reports"), failUnder: "0" },
      { ...extra, GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: outputs },
    );
    expect(error).toMatchObject({ code: "NPSKIT_E_GATE" });
    expect(stdout).not.toContain("::");
    expect(await filesIn(dir)).toEqual(["reports"]);
  });
});

describe("reportAction: --config in another folder", () => {
  it("reads the config's sources relative to it, writes --out relative to where it was typed, and restores cwd", async () => {
    const here = await temp();
    process.chdir(here);
    const { error, stdout } = await act({
      config: join(REPORT_PROJECT, "npskit.config.ts"),
      period: "2026-10",
      now: "2026-11-02T09:00:00Z",
      out: "out",
      format: ["json"],
    });
    expect(error).toBeUndefined();
    expect(process.cwd()).toBe(here);
    expect(stdout).toContain("Report 2026-10 from ");
    expect(stdout).toContain("Records: 12 read = 11 answered + 1 unanswered + 0 rejected + 0 duplicates");
    // 2026-10-31T22:30Z is November in Moscow: six answers in October
    const model = JSON.parse(await readFile(join(here, "out", "nps-2026-10.json"), "utf8"));
    expect(model.overall).toMatchObject({
      answered: 6,
      unanswered: 1,
      promoters: 3,
      passives: 1,
      detractors: 2,
      displayed: 17,
    });
    expect(model.locale).toBe("ru"); // from the brand file
  });

  it.each([
    ["a bad --now", { now: "2026-11-02T09:00:00" }, "NPSKIT_E_USAGE"],
    ["an unknown --format", { format: ["json,docx"] }, "NPSKIT_E_USAGE"],
    ["a bad --fail-under", { failUnder: "120" }, "NPSKIT_E_INVALID_ARGUMENT"],
    ["a bad --period", { period: "2026-Q4" }, "NPSKIT_E_PERIOD"],
  ])("stays in the folder it started in after %s", async (_, bad, code) => {
    const here = await temp();
    process.chdir(here);
    const { error } = await act({
      config: join(REPORT_PROJECT, "npskit.config.ts"),
      period: "2026-10",
      now: "2026-11-02T09:00:00Z",
      out: "out",
      format: ["json"],
      ...bad,
    });
    expect(error).toMatchObject({ code });
    expect(process.cwd()).toBe(here);
    expect(await filesIn(here)).toEqual([]);
  });
});
