import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BrowserError } from "@npskit/core";
import { afterAll, describe, expect, it } from "vitest";
import { launchBrowser } from "./launchBrowser.js";
import { openPdfRenderer } from "./pdfRenderer.js";

/** A real browser on a shared 2-core CI machine: the repository's 30 s work budget per test. */
const BROWSER_TEST_TIMEOUT = 30_000;

const dir = mkdtempSync(join(tmpdir(), "npskit-launch-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An executable that is not a browser: it fails at once, as a broken install would. */
function brokenBrowser(): string {
  const path = join(dir, "chromium");
  writeFileSync(path, "#!/bin/sh\necho 'error while loading shared libraries: libnss3.so' >&2\nexit 127\n");
  chmodSync(path, 0o755);
  return path;
}

describe("launchBrowser", { timeout: BROWSER_TEST_TIMEOUT }, () => {
  it("turns a browser that does not start into a BrowserError naming it", async () => {
    const executablePath = brokenBrowser();
    const error = await launchBrowser({ executablePath, timeout: 10_000 }).catch((e) => e);
    expect(error).toBeInstanceOf(BrowserError);
    expect(error.code).toBe("NPSKIT_E_BROWSER");
    expect(error.message).toMatch(new RegExp(`^Could not start the browser ${executablePath}: `));
    expect(error.message).toContain(
      "(it said: error while loading shared libraries: libnss3.so). Reinstall it",
    );
  });

  it("fails openPdfRenderer before any report when the browser does not start", async () => {
    await expect(openPdfRenderer({ executablePath: brokenBrowser() })).rejects.toBeInstanceOf(BrowserError);
  });
});
