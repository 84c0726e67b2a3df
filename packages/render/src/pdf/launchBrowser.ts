import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { BrowserError } from "@npskit/core";
import type { Browser } from "puppeteer-core";
import { CHROMIUM_ARGS } from "./chromiumArgs.js";
import { killBrowserProcess, trackBrowser } from "./processCleanup.js";
import { settleWithin } from "./settleWithin.js";

/** How long a normal close may take before the process tree is killed. */
const CLOSE_GRACE_MS = 2_000;

/** Options of {@link launchBrowser}. */
export interface LaunchBrowserOptions {
  readonly executablePath: string;
  /** Extra Chromium flags, after {@link CHROMIUM_ARGS}. */
  readonly args?: readonly string[];
  /** Milliseconds to wait for the browser to start. */
  readonly timeout: number;
}

/** A running browser owned by npskit: its own temporary profile, closed (and killed) exactly once. */
export interface BrowserHandle {
  readonly browser: Browser;
  /** Process id of the browser, for diagnostics and tests; undefined when Puppeteer does not know it. */
  readonly pid: number | undefined;
  /**
   * Closes the browser, kills whatever is left of its process tree, and removes the profile folder.
   * Never throws; safe to call more than once.
   */
  close(): Promise<void>;
}

/**
 * Starts a headless browser for printing: the flags of {@link CHROMIUM_ARGS}, a fresh temporary profile
 * (`--user-data-dir`), the DevTools protocol over a pipe (no debugging port is opened), and cleanup
 * registered for the host's exit and Ctrl-C. puppeteer-core is imported here, lazily, so that loading
 * `@npskit/render` for HTML alone stays cheap.
 *
 * @throws {BrowserError} `NPSKIT_E_BROWSER` when the browser does not start.
 */
export async function launchBrowser(options: LaunchBrowserOptions): Promise<BrowserHandle> {
  const userDataDir = await mkdtemp(join(tmpdir(), "npskit-chromium-"));
  let browser: Browser;
  try {
    const { default: puppeteer } = await import("puppeteer-core");
    browser = await puppeteer.launch({
      executablePath: options.executablePath,
      // chrome-headless-shell only has the old headless mode; full Chrome/Chromium get the new one.
      headless: basename(options.executablePath).includes("headless-shell") ? "shell" : true,
      args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
      userDataDir,
      pipe: true,
      timeout: options.timeout,
      // Our own cleanup (processCleanup.ts) handles signals; Puppeteer's would keep the host alive on SIGTERM.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    // Over a pipe Puppeteer does not read the browser's stderr, where the real cause is ("error while
    // loading shared libraries…"): ask the binary once more, for the message only.
    const said = await firstErrorLine(options.executablePath);
    throw new BrowserError(
      `Could not start the browser ${options.executablePath}: ${reason}${said ? ` (it said: ${said})` : ""}. ` +
        "Reinstall it, or point PUPPETEER_EXECUTABLE_PATH (or the executablePath option) at another Chrome or Chromium.",
      { cause: error },
    );
  }

  const pid = browser.process()?.pid;
  const untrack = trackBrowser({ pid, userDataDir });
  let closing: Promise<void> | undefined;
  return {
    browser,
    pid,
    close() {
      closing ??= (async () => {
        await settleWithin(browser.close(), CLOSE_GRACE_MS);
        // A clean close already ended the tree; after a crash or a hung close, helpers may remain.
        killBrowserProcess(pid);
        untrack();
        await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
      })();
      return closing;
    },
  };
}

/** The first line a browser writes to stderr when asked for its version, if it fails; for error messages. */
function firstErrorLine(executablePath: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile(executablePath, ["--version"], { timeout: 5_000 }, (error, _stdout, stderr) => {
      const line = String(stderr)
        .split("\n")
        .map((text) => text.trim())
        .find((text) => text !== "" && !text.startsWith("["));
      resolve(error ? line?.slice(0, 200) : undefined);
    });
  });
}
