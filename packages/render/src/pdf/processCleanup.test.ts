// The host process's side of cleanup, with real Chromium (installed by .ci/run; a missing browser fails
// here with resolveBrowser's message): a child Node process opens a renderer, then is interrupted, exits,
// or simply finishes. No Chromium process may outlive it, and the child must not be kept alive.
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { browserProcesses, waitUntilGone } from "./__fixtures__/processes.js";

/** A real browser on a shared 2-core CI machine: the repository's 30 s work budget per test. */
const BROWSER_TEST_TIMEOUT = 30_000;

const child = fileURLToPath(new URL("./__fixtures__/browserChild.ts", import.meta.url));
const packageDir = fileURLToPath(new URL("../..", import.meta.url));

interface Started {
  readonly host: ChildProcess;
  readonly browserPid: number;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

async function startHost(mode: "wait" | "exit" | "close"): Promise<Started> {
  // tsx resolves from the package folder, where it is a dev dependency.
  const host = spawn(process.execPath, ["--import", "tsx", child, mode], {
    cwd: packageDir,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    host.once("exit", (code, signal) => resolve({ code, signal })),
  );
  let stderr = "";
  host.stderr?.on("data", (chunk) => {
    stderr += String(chunk);
  });
  const browserPid = await new Promise<number>((resolve, reject) => {
    let stdout = "";
    host.stdout?.on("data", (chunk) => {
      stdout += String(chunk);
      const line = stdout.split("\n")[0];
      if (stdout.includes("\n") && line !== undefined) resolve((JSON.parse(line) as { pid: number }).pid);
    });
    void exited.then(({ code }) =>
      reject(new Error(`host exited (${code}) before a browser started: ${stderr}`)),
    );
  });
  return { host, browserPid, exited };
}

/** The browser's profile folder, from its command line. */
function profileOf(pid: number): string {
  const args = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
  return (args.find((arg) => arg.startsWith("--user-data-dir=")) ?? "").slice("--user-data-dir=".length);
}

async function expectGone(processes: readonly number[], profile: string): Promise<void> {
  expect(await waitUntilGone(processes, 3_000)).toEqual([]);
  expect(profile).not.toBe("");
  expect(() => readFileSync(profile)).toThrow(/ENOENT/);
}

describe("cleanup when the host process ends", { timeout: BROWSER_TEST_TIMEOUT }, () => {
  it.each(["SIGINT", "SIGTERM"] as const)("%s kills the browser and still ends the host", async (signal) => {
    const { host, browserPid, exited } = await startHost("wait");
    const processes = browserProcesses(browserPid);
    const profile = profileOf(browserPid);
    expect(processes.length).toBeGreaterThan(2);
    host.kill(signal);
    // The signal is re-raised after cleanup, so the host dies of it as it would without npskit.
    await expect(exited).resolves.toEqual({ code: null, signal });
    await expectGone(processes, profile);
  });

  it("process.exit() without close() kills the browser", async () => {
    const { browserPid, exited } = await startHost("exit");
    const processes = browserProcesses(browserPid);
    const profile = profileOf(browserPid);
    await expect(exited).resolves.toEqual({ code: 0, signal: null });
    await expectGone(processes, profile);
  });

  it("after close(), nothing keeps the host alive", async () => {
    const { browserPid, exited } = await startHost("close");
    await expect(exited).resolves.toEqual({ code: 0, signal: null });
    expect(await waitUntilGone([browserPid], 1_000)).toEqual([]);
  });
});
