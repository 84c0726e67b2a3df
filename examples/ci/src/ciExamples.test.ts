// The CI examples cannot rot: this runs the commands of github-actions.yml and gitlab-ci.yml — read from the
// YAML, not copied — against examples/monthly-report, the way a scheduled run would, and checks what the
// next steps (artifact upload, step outputs, job summary) rely on. Machine set-up (apt-get, pnpm install, the
// build) is left out: the test machine has done it.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { githubCommands, gitlabCommands, type WorkflowCommand } from "./workflowCommands.js";

const run = promisify(execFile);
const root = fileURLToPath(new URL("../../..", import.meta.url));
const example = (name: string) => fileURLToPath(new URL(`../${name}`, import.meta.url));

// What GitHub would put in for the expressions of the workflow on a "Run workflow" with period 2026-10.
const EXPRESSIONS: Record<string, string> = { "${{ inputs.period || 'last-month' }}": "2026-10" };

function expand(env: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).map(([key, value]) => {
      if (!value.includes("${{")) return [key, value];
      const known = EXPRESSIONS[value];
      if (known === undefined) throw new Error(`the test does not know the expression ${value}; add it`);
      return [key, known];
    }),
  );
}

async function runAll(
  commands: readonly WorkflowCommand[],
  extraEnv: Record<string, string>,
): Promise<string> {
  let log = "";
  for (const command of commands.filter((c) => !c.setup)) {
    const { stdout } = await run("bash", ["-e", "-o", "pipefail", "-c", command.run], {
      cwd: resolve(root, command.workingDirectory),
      env: { ...process.env, ...expand(command.env), ...extraEnv },
    });
    log += stdout;
  }
  return log;
}

describe("examples/ci/github-actions.yml", () => {
  const commands = githubCommands(example("github-actions.yml"));

  it("has the job's commands besides the machine set-up", () => {
    const job = commands.filter((c) => !c.setup).map((c) => c.run);
    expect(job.some((line) => line.includes("npskit report"))).toBe(true);
    expect(commands.filter((c) => c.setup).map((c) => c.name)).toEqual([
      "Install fonts",
      "Install dependencies",
      "Build npskit",
    ]);
  });

  it("builds the report, sets the step outputs and the job summary, and passes its gates", async () => {
    const dir = mkdtempSync(join(tmpdir(), "npskit-gha-"));
    const [output, summary] = [join(dir, "output"), join(dir, "summary.md")];
    writeFileSync(output, "");
    const log = await runAll(commands, {
      GITHUB_ACTIONS: "true",
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
      // Keep a terminal's colours and progress out of the log, as on a runner.
      CI: "true",
    });
    expect(log).toContain("Report 2026-10");
    expect(log).not.toContain("::error");
    const outputs = readFileSync(output, "utf8");
    expect(outputs).toMatch(/^period=2026-10$/m);
    expect(outputs).toMatch(/^nps=33$/m);
    expect(outputs).toMatch(/^gates=passed$/m);
    const pdf = /^pdf=(.+)$/m.exec(outputs)?.[1];
    expect(pdf).toBe(resolve(root, "examples/monthly-report/reports/nps-2026-10.pdf"));
    expect(existsSync(pdf!)).toBe(true);
    expect(readFileSync(summary, "utf8")).toContain("33");
    // What the upload step uploads.
    for (const extension of ["pdf", "html", "json", "md"])
      expect(existsSync(resolve(root, `examples/monthly-report/reports/nps-2026-10.${extension}`))).toBe(
        true,
      );
  }, 60_000);
});

describe("examples/ci/gitlab-ci.yml", () => {
  const commands = gitlabCommands(example("gitlab-ci.yml"));

  it("runs the report from the example's folder", () => {
    const report = commands.find((c) => c.run.includes("npskit report"));
    expect(report?.workingDirectory).toBe("examples/monthly-report");
    expect(commands.filter((c) => c.setup)).toHaveLength(4);
  });

  it("builds the report for the period a schedule sets", async () => {
    const log = await runAll(
      commands.map((c) => ({ ...c, env: { ...c.env, PERIOD: "2026-10" } })),
      { CI: "true", GITLAB_CI: "true" },
    );
    expect(log).toContain("Report 2026-10");
    expect(log).toMatch(/all responses\s+196\s+33/);
  }, 60_000);
});
