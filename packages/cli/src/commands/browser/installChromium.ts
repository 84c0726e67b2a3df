import { spawn } from "node:child_process";
import { access, constants } from "node:fs/promises";
import { BrowserError } from "@npskit/core";

/** How Chromium is installed on Debian and Ubuntu; the one line printed when npskit may not do it itself. */
export const APT_INSTALL = "apt-get install -y chromium";

/** What {@link installChromium} needs to know about the machine; the real one by default. */
export interface InstallHost {
  readonly platform: NodeJS.Platform;
  /** Effective user id; 0 is root. */
  readonly uid: number;
  /** Whether `apt-get` is there. */
  hasAptGet(): Promise<boolean>;
  /** Runs a command with its output going to `log` (stderr), resolving to its exit code. */
  run(command: string, args: readonly string[], log: (text: string) => void): Promise<number>;
}

/** The machine npskit runs on. */
export const realHost: InstallHost = {
  platform: process.platform,
  uid: process.getuid?.() ?? -1,
  hasAptGet: () =>
    access("/usr/bin/apt-get", constants.X_OK).then(
      () => true,
      () => false,
    ),
  run: (command, args, log) =>
    new Promise((resolve, reject) => {
      const child = spawn(command, [...args], {
        stdio: ["ignore", "pipe", "pipe"],
        env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
      });
      child.stdout.on("data", (chunk: Buffer) => log(chunk.toString()));
      child.stderr.on("data", (chunk: Buffer) => log(chunk.toString()));
      child.on("error", reject);
      child.on("close", (code) => resolve(code ?? 1));
    }),
};

/**
 * Installs Debian's `chromium` with apt-get, which only root may do on a Debian or Ubuntu machine. Anywhere
 * else it throws one line saying exactly what to run (npskit never asks for a password or uses sudo on its
 * own).
 *
 * @throws {BrowserError} `NPSKIT_E_BROWSER`
 */
export async function installChromium(host: InstallHost, log: (text: string) => void): Promise<void> {
  if (host.platform !== "linux" || !(await host.hasAptGet())) {
    throw new BrowserError(
      "No Chrome or Chromium found, and this is not a Debian/Ubuntu machine npskit can install one on: install Google Chrome or Chromium, or set PUPPETEER_EXECUTABLE_PATH to one.",
    );
  }
  if (host.uid !== 0) {
    throw new BrowserError(
      `No Chrome or Chromium found. Install one with: sudo apt-get update && sudo ${APT_INSTALL}`,
    );
  }
  for (const args of [
    ["update", "-qq"],
    ["install", "-y", "-qq", "--no-install-recommends", "chromium"],
  ]) {
    const code = await host.run("apt-get", args, log);
    if (code !== 0) {
      throw new BrowserError(
        `apt-get ${args.join(" ")} failed with exit code ${code}; run \`${APT_INSTALL}\` as root and try again.`,
      );
    }
  }
}
