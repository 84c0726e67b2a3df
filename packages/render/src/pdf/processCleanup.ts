import { rmSync } from "node:fs";

/** A launched browser the host process must not leave behind. */
export interface TrackedBrowser {
  /** Process id of the browser (the leader of its process group on POSIX); undefined if it never started. */
  readonly pid: number | undefined;
  /** The temporary profile folder, removed on cleanup. */
  readonly userDataDir: string;
}

const SIGNALS: readonly NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];
const tracked = new Set<TrackedBrowser>();
let installed = false;

/**
 * Registers a browser to be killed (and its profile folder removed) if the host process exits or is
 * interrupted before the browser is closed normally. Returns the function that unregisters it.
 *
 * Puppeteer's own signal handling is not used: its SIGTERM handler closes the browser asynchronously and
 * leaves the host running (a signal listener replaces Node's default "exit"). Here, cleanup is synchronous
 * and the signal is re-raised once no other listener wants it, so Ctrl-C still ends the host; the listeners
 * exist only while a browser is open and never keep the event loop alive.
 */
export function trackBrowser(browser: TrackedBrowser): () => void {
  tracked.add(browser);
  install();
  return () => {
    tracked.delete(browser);
    if (tracked.size === 0) uninstall();
  };
}

/**
 * Kills a browser's whole process tree at once, synchronously. Chromium runs detached in its own process
 * group (Puppeteer spawns it so), so signalling the group also reaches the zygote, renderer and GPU
 * helpers that would outlive a killed main process.
 */
export function killBrowserProcess(pid: number | undefined): void {
  if (pid === undefined) return;
  if (process.platform !== "win32") {
    try {
      process.kill(-pid, "SIGKILL");
      return;
    } catch {
      // No such group (already gone, or not a group leader): fall through to the process itself.
    }
  }
  try {
    process.kill(pid, "SIGKILL");
  } catch {
    // Already gone.
  }
}

function cleanupAll(): void {
  for (const browser of tracked) {
    killBrowserProcess(browser.pid);
    rmSync(browser.userDataDir, { recursive: true, force: true, maxRetries: 3 });
  }
  tracked.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  cleanupAll();
  uninstall();
  // Our listener suppressed Node's default action; if nobody else handles the signal, let it act now.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

function install(): void {
  if (installed) return;
  installed = true;
  for (const signal of SIGNALS) process.on(signal, onSignal);
  process.on("exit", cleanupAll);
}

function uninstall(): void {
  if (!installed) return;
  installed = false;
  for (const signal of SIGNALS) process.off(signal, onSignal);
  process.off("exit", cleanupAll);
}
