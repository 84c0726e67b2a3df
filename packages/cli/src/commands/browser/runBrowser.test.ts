import { chmod, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeDir, tempDir } from "../../../test/reportData.js";
import type { InstallHost } from "./installChromium.js";
import { runBrowser } from "./runBrowser.js";

let dir = "";
let fakeChrome = "";
let notExecutable = "";
beforeAll(async () => {
  dir = await tempDir("npskit-browser-");
  fakeChrome = join(dir, "chrome");
  await writeFile(fakeChrome, "#!/bin/sh\n");
  await chmod(fakeChrome, 0o755);
  notExecutable = join(dir, "chrome.txt");
  await writeFile(notExecutable, "");
});
afterAll(() => removeDir(dir));

/** A host that must never be asked to install anything. */
function untouchableHost(): InstallHost & { calls: number } {
  const host = {
    calls: 0,
    platform: "linux" as const,
    uid: 0,
    hasAptGet: async () => {
      host.calls++;
      return true;
    },
    run: async () => {
      host.calls++;
      return 0;
    },
  };
  return host;
}

describe("runBrowser", () => {
  it.each([
    ["the --browser path", { executablePath: "__fake__" }, "option"],
    ["PUPPETEER_EXECUTABLE_PATH", { env: { PUPPETEER_EXECUTABLE_PATH: "__fake__" } }, "env"],
  ])("uses %s", async (_, input, source) => {
    const resolved = JSON.parse(JSON.stringify(input).replaceAll("__fake__", fakeChrome));
    expect(await runBrowser({ ...resolved, install: true, host: untouchableHost() })).toEqual({
      executablePath: fakeChrome,
      source,
      installed: false,
    });
  });

  it("finds the system Chromium of this machine without installing anything", async () => {
    const host = untouchableHost();
    const result = await runBrowser({ env: { PATH: "/usr/bin:/bin" }, install: true, host });
    expect(result).toMatchObject({ source: "system", installed: false });
    expect(result.executablePath).toMatch(/chrom/);
    expect(host.calls).toBe(0);
  });

  it.each([
    ["a --browser path", { executablePath: "__bad__" }, 'The browser executablePath "'],
    [
      "PUPPETEER_EXECUTABLE_PATH",
      { env: { PUPPETEER_EXECUTABLE_PATH: "__bad__" } },
      "PUPPETEER_EXECUTABLE_PATH=",
    ],
  ])("keeps %s that is not executable an error, even with install", async (_, input, message) => {
    const host = untouchableHost();
    const resolved = JSON.parse(JSON.stringify(input).replaceAll("__bad__", notExecutable));
    await expect(runBrowser({ ...resolved, install: true, host })).rejects.toMatchObject({
      code: "NPSKIT_E_BROWSER",
      message: expect.stringContaining(message),
    });
    expect(host.calls).toBe(0);
  });
});
