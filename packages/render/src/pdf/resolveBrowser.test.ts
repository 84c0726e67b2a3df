import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BrowserError } from "@npskit/core";
import { afterAll, describe, expect, it } from "vitest";
import { resolveBrowser } from "./resolveBrowser.js";
import { scanPuppeteerCache } from "./scanPuppeteerCache.js";
import { systemBrowserCandidates } from "./systemBrowserCandidates.js";

const root = mkdtempSync(join(tmpdir(), "npskit-resolve-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A fake browser: an executable shell script (or, with `mode` 0o644, a file that is not executable). */
function fakeBrowser(path: string, mode = 0o755): string {
  const full = join(root, path);
  mkdirSync(join(full, ".."), { recursive: true });
  writeFileSync(full, "#!/bin/sh\nexit 0\n");
  chmodSync(full, mode);
  return full;
}

const fromOption = fakeBrowser("option/chrome");
const fromEnv = fakeBrowser("env/chrome");
const emptyCache = join(root, "no-cache");
/** An environment with no PATH browser and an empty Puppeteer cache. */
const bareEnv = { PATH: "", PUPPETEER_CACHE_DIR: emptyCache };

describe("resolveBrowser order", () => {
  it("takes the executablePath option first, over the environment and the system", async () => {
    const env = { ...bareEnv, PUPPETEER_EXECUTABLE_PATH: fromEnv, PATH: "/usr/bin" };
    await expect(resolveBrowser({ executablePath: fromOption, env })).resolves.toEqual({
      executablePath: fromOption,
      source: "option",
    });
  });

  it("takes PUPPETEER_EXECUTABLE_PATH next, over the system", async () => {
    const env = { ...bareEnv, PUPPETEER_EXECUTABLE_PATH: fromEnv, PATH: "/usr/bin" };
    await expect(resolveBrowser({ env })).resolves.toEqual({ executablePath: fromEnv, source: "env" });
  });

  it("finds the system Chromium (the real /usr/bin/chromium of CI) when neither is set", async () => {
    await expect(resolveBrowser({ env: { ...bareEnv, PATH: "/usr/bin" } })).resolves.toEqual({
      executablePath: "/usr/bin/chromium",
      source: "system",
    });
  });

  it("prefers a browser on PATH to the usual install folders, and chromium to google-chrome", async () => {
    const dirA = join(root, "path-a");
    const dirB = join(root, "path-b");
    fakeBrowser("path-a/google-chrome");
    const chromium = fakeBrowser("path-b/chromium");
    const env = { ...bareEnv, PATH: `${dirA}:${dirB}` };
    await expect(resolveBrowser({ env, platform: "linux" })).resolves.toEqual({
      executablePath: chromium,
      source: "system",
    });
  });

  it("falls back to Puppeteer's cache, newest Chrome build first", async () => {
    const cache = join(root, "cache");
    fakeBrowser("cache/chrome/linux-120.0.6099.109/chrome-linux64/chrome");
    const newest = fakeBrowser("cache/chrome/linux-131.0.6778.85/chrome-linux64/chrome");
    fakeBrowser(
      "cache/chrome-headless-shell/linux-140.0.1/chrome-headless-shell-linux64/chrome-headless-shell",
    );
    const env = { PATH: "", PUPPETEER_CACHE_DIR: cache };
    await expect(resolveBrowser({ env, systemCandidates: [], platform: "linux" })).resolves.toEqual({
      executablePath: newest,
      source: "puppeteer-cache",
    });
  });

  it("skips candidates that are not executable", async () => {
    const notExecutable = fakeBrowser("plain/chromium", 0o644);
    const executable = fakeBrowser("exec/chromium");
    await expect(
      resolveBrowser({
        env: bareEnv,
        systemCandidates: [notExecutable, join(root, "missing"), root, executable],
      }),
    ).resolves.toEqual({ executablePath: executable, source: "system" });
  });
});

describe("resolveBrowser errors", () => {
  it.each([
    ["a missing file", join(root, "missing/chrome")],
    ["a file that is not executable", fakeBrowser("plain/chrome", 0o644)],
    ["a folder", root],
  ])("refuses an executablePath option that is %s, without falling back", async (_, path) => {
    const error = await resolveBrowser({ executablePath: path, env: { PATH: "/usr/bin" } }).catch((e) => e);
    expect(error).toBeInstanceOf(BrowserError);
    expect(error.code).toBe("NPSKIT_E_BROWSER");
    expect(error.message).toContain(`"${path}" is not an executable file`);
  });

  it("refuses a PUPPETEER_EXECUTABLE_PATH that is not executable, naming the variable", async () => {
    const env = { PATH: "/usr/bin", PUPPETEER_EXECUTABLE_PATH: join(root, "nope") };
    await expect(resolveBrowser({ env })).rejects.toThrow(/^PUPPETEER_EXECUTABLE_PATH=".*nope" is not an/);
  });

  it("says how to install a browser when none is found", async () => {
    const env = { PATH: "", PUPPETEER_CACHE_DIR: "/nonexistent/puppeteer-cache" };
    const error = await resolveBrowser({ env, systemCandidates: [] }).catch((e) => e);
    expect(error).toBeInstanceOf(BrowserError);
    expect(error.code).toBe("NPSKIT_E_BROWSER");
    expect(error.message).toMatchInlineSnapshot(
      `"No Chrome or Chromium found to print PDFs (looked at PUPPETEER_EXECUTABLE_PATH, chromium, chromium-headless-shell, google-chrome, google-chrome-stable, chromium-browser on PATH and in their usual folders, and Puppeteer's cache /nonexistent/puppeteer-cache). Install one: on Debian/Ubuntu \`sudo apt-get install chromium\`; on macOS install Google Chrome (https://www.google.com/chrome/); or set PUPPETEER_EXECUTABLE_PATH to a Chrome or Chromium executable."`,
    );
  });
});

describe("systemBrowserCandidates", () => {
  it("lists each name in every PATH folder, then the usual Linux paths", () => {
    const candidates = systemBrowserCandidates("linux", { PATH: "/a:/b" }, "/home/u");
    expect(candidates.slice(0, 4)).toEqual([
      "/a/chromium",
      "/b/chromium",
      "/a/chromium-headless-shell",
      "/b/chromium-headless-shell",
    ]);
    expect(candidates).toContain("/a/chromium-browser");
    expect(candidates.indexOf("/usr/bin/chromium")).toBeGreaterThan(
      candidates.indexOf("/b/chromium-browser"),
    );
  });

  it("includes the macOS apps, also under ~/Applications", () => {
    const candidates = systemBrowserCandidates("darwin", { PATH: "" }, "/Users/u");
    expect(candidates).toEqual([
      "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
      "/Applications/Chromium.app/Contents/MacOS/Chromium",
      "/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing",
      "/Users/u/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    ]);
  });
});

describe("scanPuppeteerCache (the fallback when @puppeteer/browsers is unavailable)", () => {
  it("finds each kind's executable in the cache layout", async () => {
    const cache = join(root, "scan");
    const chrome = fakeBrowser("scan/chrome/linux-131.0.6778.85/chrome-linux64/chrome");
    const shell = fakeBrowser(
      "scan/chrome-headless-shell/linux-131.0.6778.85/chrome-headless-shell-linux64/chrome-headless-shell",
    );
    const mac = fakeBrowser(
      "scan/chrome/mac_arm-132.0.1/chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing",
    );
    fakeBrowser("scan/chrome/linux-131.0.6778.85/chrome-linux64/libGLESv2.so");
    const found = await scanPuppeteerCache(cache);
    expect(found).toEqual(
      expect.arrayContaining([
        { kind: "chrome", buildId: "131.0.6778.85", executablePath: chrome },
        { kind: "chrome", buildId: "132.0.1", executablePath: mac },
        { kind: "chrome-headless-shell", buildId: "131.0.6778.85", executablePath: shell },
      ]),
    );
    expect(found).toHaveLength(3);
  });

  it("returns nothing for a missing folder", async () => {
    await expect(scanPuppeteerCache(join(root, "absent"))).resolves.toEqual([]);
  });
});
