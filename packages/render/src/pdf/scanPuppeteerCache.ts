import { readdir } from "node:fs/promises";
import { join } from "node:path";

/** Browser kinds in Puppeteer's cache, most preferred first (the same order as the system names). */
export const PUPPETEER_CACHE_KINDS: readonly string[] = ["chrome", "chrome-headless-shell", "chromium"];

/** Executable file names inside each kind's folders (Linux, Windows, macOS app bundles). */
const EXECUTABLE_NAMES: Readonly<Record<string, readonly string[]>> = {
  chrome: ["chrome", "chrome.exe", "Google Chrome for Testing"],
  "chrome-headless-shell": ["chrome-headless-shell", "chrome-headless-shell.exe"],
  chromium: ["chrome", "chrome.exe", "Chromium"],
};

/** A browser found in Puppeteer's cache. */
export interface CachedBrowser {
  /** "chrome", "chrome-headless-shell" or "chromium". */
  readonly kind: string;
  /** The build id from the folder name ("131.0.6778.85"). */
  readonly buildId: string;
  readonly executablePath: string;
}

/**
 * Finds browsers in Puppeteer's cache folder by walking it: the fallback for when `@puppeteer/browsers`
 * cannot be loaded. The layout is `<kind>/<platform>-<buildId>/…/<executable>`; the executable sits a few
 * folders down (inside an app bundle on macOS), so the walk stops at depth 6. Files are not checked.
 */
export async function scanPuppeteerCache(cacheDir: string): Promise<CachedBrowser[]> {
  const found: CachedBrowser[] = [];
  for (const kind of PUPPETEER_CACHE_KINDS) {
    const kindDir = join(cacheDir, kind);
    for (const install of await listDir(kindDir)) {
      if (!install.isDirectory()) continue;
      const buildId = install.name.slice(install.name.indexOf("-") + 1);
      const names = EXECUTABLE_NAMES[kind] ?? [];
      for (const executablePath of await findExecutables(join(kindDir, install.name), names, 6)) {
        found.push({ kind, buildId, executablePath });
      }
    }
  }
  return found;
}

async function findExecutables(dir: string, names: readonly string[], depth: number): Promise<string[]> {
  if (depth === 0) return [];
  const paths: string[] = [];
  for (const entry of await listDir(dir)) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) paths.push(...(await findExecutables(path, names, depth - 1)));
    else if (names.includes(entry.name)) paths.push(path);
  }
  return paths;
}

async function listDir(dir: string) {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch {
    // A missing kind folder is the normal case: most caches hold one kind only.
    return [];
  }
}
