import { delimiter, join } from "node:path";

/** Command names of system browsers, in the order they are preferred. */
export const SYSTEM_BROWSER_NAMES: readonly string[] = [
  "chromium",
  "chromium-headless-shell",
  "google-chrome",
  "google-chrome-stable",
  "chromium-browser",
];

/** Where browsers live when they are not on PATH: package managers' and vendors' usual install folders. */
const USUAL_PATHS: Readonly<Partial<Record<NodeJS.Platform, readonly string[]>>> = {
  linux: [
    "/usr/bin/chromium",
    "/usr/bin/chromium-headless-shell",
    "/usr/bin/google-chrome",
    "/usr/bin/google-chrome-stable",
    "/usr/bin/chromium-browser",
    "/usr/local/bin/chromium",
    "/usr/local/bin/google-chrome",
    "/snap/bin/chromium",
    "/usr/lib/chromium/chromium",
    "/opt/google/chrome/chrome",
  ],
  darwin: [
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    "/Applications/Chromium.app/Contents/MacOS/Chromium",
    "/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing",
  ],
};

/**
 * The absolute paths where a system Chrome or Chromium may be, most preferred first: each of
 * {@link SYSTEM_BROWSER_NAMES} in every `PATH` folder, then the usual install locations of the platform
 * (including the macOS app bundles, also under `~/Applications`, and Chrome's Windows folders).
 * Paths are not checked here; duplicates are removed.
 */
export function systemBrowserCandidates(
  platform: NodeJS.Platform,
  env: Readonly<Record<string, string | undefined>>,
  homeDir: string,
): string[] {
  const suffix = platform === "win32" ? ".exe" : "";
  const pathDirs = (env.PATH ?? env.Path ?? "").split(platform === "win32" ? ";" : delimiter).filter(Boolean);
  const candidates: string[] = [];
  for (const name of SYSTEM_BROWSER_NAMES) {
    for (const dir of pathDirs) candidates.push(join(dir, name + suffix));
  }
  candidates.push(...(USUAL_PATHS[platform] ?? []));
  if (platform === "darwin") {
    candidates.push(join(homeDir, "Applications/Google Chrome.app/Contents/MacOS/Google Chrome"));
  }
  if (platform === "win32") {
    for (const root of [env.PROGRAMFILES, env["PROGRAMFILES(X86)"], env.LOCALAPPDATA]) {
      if (root) candidates.push(join(root, "Google", "Chrome", "Application", "chrome.exe"));
    }
  }
  return [...new Set(candidates)];
}
