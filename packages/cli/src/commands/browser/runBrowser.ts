import { type BrowserSource, resolveBrowser } from "@npskit/render";
import { type InstallHost, installChromium, realHost } from "./installChromium.js";

/** What `npskit browser` checks and may do. */
export interface BrowserInput {
  /** A Chrome or Chromium executable to check instead of searching. */
  readonly executablePath?: string;
  /** Install Debian's chromium when none is found (root on Debian/Ubuntu only). @default false */
  readonly install?: boolean;
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Where apt-get's output goes. */
  readonly log?: (text: string) => void;
  /** The machine; tests pass a fake one. */
  readonly host?: InstallHost;
}

/** The browser reports will be printed with. */
export interface BrowserResult {
  readonly executablePath: string;
  readonly source: BrowserSource;
  /** Whether this call installed it. */
  readonly installed: boolean;
}

/**
 * `npskit browser` without argv: finds the browser PDFs will be printed with, the way `npskit report` does
 * (the `--browser` path, PUPPETEER_EXECUTABLE_PATH, a system Chrome/Chromium, Puppeteer's cache). With
 * `install`, a machine without one gets Debian's chromium, when npskit may install it.
 *
 * @throws {BrowserError} `NPSKIT_E_BROWSER`, saying in one line how to get a browser.
 */
export async function runBrowser(input: BrowserInput = {}): Promise<BrowserResult> {
  const options = {
    ...(input.executablePath !== undefined && { executablePath: input.executablePath }),
    ...(input.env !== undefined && { env: input.env }),
  };
  try {
    return { ...(await resolveBrowser(options)), installed: false };
  } catch (error) {
    // An explicit path that is wrong stays an error: installing another browser would not use it.
    const fromEnv = (input.env ?? process.env).PUPPETEER_EXECUTABLE_PATH;
    if (input.install !== true || input.executablePath !== undefined || fromEnv) throw error;
  }
  await installChromium(input.host ?? realHost, input.log ?? (() => undefined));
  return { ...(await resolveBrowser(options)), installed: true };
}
