import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt } from "./ensureBuilt.js";

// The real `npskit` executable, run as a separate process: it tests the bin file, the built dist and the
// process exit codes that main() only returns. It runs the build (dist/); see ensureBuilt.
const BIN = fileURLToPath(new URL("../bin/npskit.js", import.meta.url));

interface Exit {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function npskit(...args: string[]): Promise<Exit> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { encoding: "utf8" }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === "number" ? error.code : null;
      resolve({ code, stdout, stderr });
    });
  });
}

describe("bin/npskit.js", () => {
  beforeAll(ensureBuilt, 120_000);

  it("exits 0 and prints the JSON result on stdout", async () => {
    const { code, stdout, stderr } = await npskit(
      "calc",
      "--promoters",
      "80",
      "--passives",
      "30",
      "--detractors",
      "40",
      "--json",
    );
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const json = JSON.parse(stdout) as { n: number; nps: number; interval: { low: number; high: number } };
    expect(json.n).toBe(150);
    expect(json.nps).toBeCloseTo(26.67, 2);
    expect(json.interval.low).toBeCloseTo(12.64, 2);
    expect(json.interval.high).toBeCloseTo(39.64, 2);
  });

  it("exits 2 on a bad value, with one line on stderr and nothing on stdout", async () => {
    const { code, stdout, stderr } = await npskit("calc", "--scores", "9,11");
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      'npskit: --scores entry 2 must be a whole number from 0 to 10, or empty for unanswered (got "11") [NPSKIT_E_USAGE]\n',
    );
  });

  it("exits 2 on an unknown command, without a stack trace", async () => {
    const { code, stdout, stderr } = await npskit("frobnicate");
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe("npskit: unknown command 'frobnicate'\n");
  });

  it("prints the stack trace with --debug", async () => {
    const { code, stderr } = await npskit("compare", "--a", "0,0,0", "--b", "1,2,3", "--debug");
    expect(code).toBe(2);
    expect(stderr).toMatch(/^npskit: both groups need at least one answered response to be compared/);
    expect(stderr).toMatch(/\n\s+at .*runCompare/);
  });
});
