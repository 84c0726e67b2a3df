import { createRequire } from "node:module";
import { type CachedBrowser, PUPPETEER_CACHE_KINDS, scanPuppeteerCache } from "./scanPuppeteerCache.js";

/** The part of `@puppeteer/browsers` used here; it ships with puppeteer-core, which depends on it. */
interface BrowsersModule {
  getInstalledBrowsers(options: {
    cacheDir: string;
  }): Promise<
    ReadonlyArray<{ readonly browser: string; readonly buildId: string; readonly executablePath: string }>
  >;
}

/**
 * Executables of the browsers installed in Puppeteer's cache folder (`npx @puppeteer/browsers install chrome`
 * puts them there), most preferred first: Chrome, then chrome-headless-shell, then Chromium, newest build
 * first within each. Uses `@puppeteer/browsers` (reached through puppeteer-core, which depends on it) and
 * falls back to scanning the folder when that module cannot be loaded. Paths are not checked here.
 */
export async function puppeteerCacheBrowsers(cacheDir: string): Promise<string[]> {
  const found = (await listWithPuppeteer(cacheDir)) ?? (await scanPuppeteerCache(cacheDir));
  return found
    .filter((b) => kindRank(b.kind) >= 0)
    .sort((a, b) => kindRank(a.kind) - kindRank(b.kind) || compareBuildIds(b.buildId, a.buildId))
    .map((b) => b.executablePath);
}

/** The cache as `@puppeteer/browsers` sees it; `undefined` when the module is missing or fails. */
async function listWithPuppeteer(cacheDir: string): Promise<CachedBrowser[] | undefined> {
  const browsers = loadBrowsersModule();
  if (browsers === undefined) return undefined;
  try {
    const installed = await browsers.getInstalledBrowsers({ cacheDir });
    return installed.map((b) => ({ kind: b.browser, buildId: b.buildId, executablePath: b.executablePath }));
  } catch {
    return undefined;
  }
}

function kindRank(kind: string): number {
  return PUPPETEER_CACHE_KINDS.indexOf(kind);
}

/**
 * `@puppeteer/browsers` is not our own dependency, so it is resolved from puppeteer-core's location
 * (pnpm keeps each package's dependencies next to it). `undefined` when that fails.
 */
function loadBrowsersModule(): BrowsersModule | undefined {
  try {
    const require = createRequire(import.meta.url);
    const fromPuppeteer = createRequire(require.resolve("puppeteer-core"));
    const loaded: unknown = fromPuppeteer(fromPuppeteer.resolve("@puppeteer/browsers"));
    const candidate = loaded as Partial<BrowsersModule> | null;
    return typeof candidate?.getInstalledBrowsers === "function" ? (candidate as BrowsersModule) : undefined;
  } catch {
    return undefined;
  }
}

/** Compares dotted build ids numerically ("131.0.6778.85" > "99.0.1"); non-numbers compare as text. */
function compareBuildIds(a: string, b: string): number {
  const left = a.split(".");
  const right = b.split(".");
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const x = left[i] ?? "0";
    const y = right[i] ?? "0";
    const diff = /^\d+$/.test(x) && /^\d+$/.test(y) ? Number(x) - Number(y) : x.localeCompare(y);
    if (diff !== 0) return diff;
  }
  return 0;
}
