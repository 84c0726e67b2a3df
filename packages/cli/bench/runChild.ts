import { spawn } from "node:child_process";
import { once } from "node:events";
import type { RunnerReport } from "./runnerReport.mjs";

/** A runner's report plus what the parent saw. */
export interface ChildRun extends RunnerReport {
  /** Wall-clock seconds from spawn to exit: start-up and module loading included. */
  readonly processSeconds: number;
}

/**
 * Runs a runner module in a fresh Node process, so that each run has its own peak RSS and starts cold, and
 * returns the report from its last stdout line. A TypeScript runner goes through tsx; a `.mjs` one runs bare.
 */
export async function runChild(script: string, args: readonly string[], cwd: string): Promise<ChildRun> {
  const start = performance.now();
  const loader = script.endsWith(".ts") ? ["--import", "tsx"] : [];
  const child = spawn(process.execPath, [...loader, script, ...args], {
    cwd,
    stdio: ["ignore", "pipe", "inherit"],
  });
  let stdout = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
  });
  const [code, signal] = (await once(child, "exit")) as [number | null, NodeJS.Signals | null];
  const processSeconds = (performance.now() - start) / 1000;
  if (code !== 0) throw new Error(`${script} failed (${signal ?? `exit code ${code}`})`);
  const last = stdout.trimEnd().split("\n").at(-1) ?? "";
  return { ...(JSON.parse(last) as RunnerReport), processSeconds };
}
