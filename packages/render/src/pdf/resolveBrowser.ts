import { homedir } from "node:os";
import { join } from "node:path";
import { BrowserError } from "@npskit/core";
import { isExecutableFile } from "./isExecutableFile.js";
import { puppeteerCacheBrowsers } from "./puppeteerCacheBrowsers.js";
import { SYSTEM_BROWSER_NAMES, systemBrowserCandidates } from "./systemBrowserCandidates.js";

/** Where a browser was found: the option, `PUPPETEER_EXECUTABLE_PATH`, the system, or Puppeteer's cache. */
export type BrowserSource = "option" | "env" | "system" | "puppeteer-cache";

/** Options of {@link resolveBrowser}. Every member is optional. */
export interface ResolveBrowserOptions {
  /**
   * A Chrome or Chromium executable (config `browser.executablePath`). Wins over everything else; when it is
   * not an executable file the resolution fails rather than silently using another browser.
   */
  readonly executablePath?: string | undefined;
  /**
   * The environment to read `PUPPETEER_EXECUTABLE_PATH`, `PUPPETEER_CACHE_DIR` and `PATH` from.
   * @default process.env
   */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** @default process.platform */
  readonly platform?: NodeJS.Platform;
  /** Home folder, for `~/.cache/puppeteer` and `~/Applications`. @default os.homedir() */
  readonly homeDir?: string;
  /**
   * The paths tried as system browsers, instead of the usual ones (`chromium`, `google-chrome`… on PATH and
   * in their install folders). For tests and unusual installs.
   */
  readonly systemCandidates?: readonly string[];
}

/** The browser to launch, and where it was found. */
export interface ResolvedBrowser {
  readonly executablePath: string;
  readonly source: BrowserSource;
}

/**
 * Finds the Chrome or Chromium to print PDFs with, in this order:
 * 1. `options.executablePath`;
 * 2. the `PUPPETEER_EXECUTABLE_PATH` environment variable;
 * 3. a system browser: `chromium`, `chromium-headless-shell`, `google-chrome`, `google-chrome-stable`,
 *    `chromium-browser` on PATH, then their usual install paths (and the macOS apps);
 * 4. Puppeteer's cache (`PUPPETEER_CACHE_DIR`, or `~/.cache/puppeteer`).
 *
 * Each candidate must be an executable file. An explicit path (1 or 2) that is not one is an error: the user
 * asked for that browser. When nothing is found, the error says how to install one.
 *
 * @throws {BrowserError} `NPSKIT_E_BROWSER`
 * @example
 * await resolveBrowser() // { executablePath: "/usr/bin/chromium", source: "system" } on Debian
 */
export async function resolveBrowser(options: ResolveBrowserOptions = {}): Promise<ResolvedBrowser> {
  const env = options.env ?? process.env;
  const explicit = nonEmpty(options.executablePath);
  if (explicit !== undefined) {
    if (await isExecutableFile(explicit)) return { executablePath: explicit, source: "option" };
    throw new BrowserError(
      `The browser executablePath "${explicit}" is not an executable file. Point it at a Chrome or Chromium ` +
        "executable, or leave it unset to find one automatically.",
      { location: { field: "executablePath" } },
    );
  }

  const fromEnv = nonEmpty(env.PUPPETEER_EXECUTABLE_PATH);
  if (fromEnv !== undefined) {
    if (await isExecutableFile(fromEnv)) return { executablePath: fromEnv, source: "env" };
    throw new BrowserError(
      `PUPPETEER_EXECUTABLE_PATH="${fromEnv}" is not an executable file. Point it at a Chrome or Chromium ` +
        "executable, or unset it to find one automatically.",
    );
  }

  const platform = options.platform ?? process.platform;
  const homeDir = options.homeDir ?? homedir();
  const system = options.systemCandidates ?? systemBrowserCandidates(platform, env, homeDir);
  const systemPath = await firstExecutable(system);
  if (systemPath !== undefined) return { executablePath: systemPath, source: "system" };

  const cacheDir = nonEmpty(env.PUPPETEER_CACHE_DIR) ?? join(homeDir, ".cache", "puppeteer");
  const cachedPath = await firstExecutable(await puppeteerCacheBrowsers(cacheDir));
  if (cachedPath !== undefined) return { executablePath: cachedPath, source: "puppeteer-cache" };

  throw new BrowserError(noBrowserMessage(cacheDir));
}

/** The message of the "nothing found" error: what was searched, then exactly how to get a browser. */
function noBrowserMessage(cacheDir: string): string {
  return (
    `No Chrome or Chromium found to print PDFs (looked at PUPPETEER_EXECUTABLE_PATH, ` +
    `${SYSTEM_BROWSER_NAMES.join(", ")} on PATH and in their usual folders, and Puppeteer's cache ${cacheDir}). ` +
    "Install one: on Debian/Ubuntu `sudo apt-get install chromium`; on macOS install Google Chrome " +
    "(https://www.google.com/chrome/); or set PUPPETEER_EXECUTABLE_PATH to a Chrome or Chromium executable."
  );
}

async function firstExecutable(paths: readonly string[]): Promise<string | undefined> {
  // Sequential on purpose: the order is the preference, and the first hit ends the search.
  for (const path of paths) if (await isExecutableFile(path)) return path;
  return undefined;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === "" ? undefined : value;
}
