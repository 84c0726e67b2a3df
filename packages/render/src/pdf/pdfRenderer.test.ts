// A batch with real Chromium (installed by .ci/run; a missing browser fails here with resolveBrowser's
// message): one browser, crash and timeout recovery, and no process or profile left behind.
import { existsSync, readFileSync } from "node:fs";
import { RenderError } from "@npskit/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureHtml } from "./__fixtures__/fixtureHtml.js";
import { browserProcesses, waitUntilGone } from "./__fixtures__/processes.js";
import { recordingLogger } from "./__fixtures__/recordingLogger.js";
import { openPdfRenderer, type PdfRenderer } from "./pdfRenderer.js";

/** A real browser on a shared 2-core CI machine: the repository's 30 s work budget per test. */
const BROWSER_TEST_TIMEOUT = 30_000;

const html = fixtureHtml({ rows: 3 });
/** Slow to print (about 8 s here): kills and timeouts land in the middle of it. */
const slowHtml = fixtureHtml({ rows: 4_000 });
const logger = recordingLogger();
let renderer: PdfRenderer;

beforeAll(async () => {
  renderer = await openPdfRenderer({ logger, timeout: 20_000 });
}, 30_000);

afterAll(async () => {
  await renderer?.close();
});

/** The --user-data-dir of a running browser, read from its command line. */
function profileOf(pid: number): string {
  const args = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
  const flag = args.find((arg) => arg.startsWith("--user-data-dir="));
  if (flag === undefined) throw new Error(`browser ${pid} has no --user-data-dir`);
  return flag.slice("--user-data-dir=".length);
}

/** The pid of the shared renderer's browser, starting one (with a small report) if none runs. */
async function runningPid(): Promise<number> {
  if (renderer.pid === undefined) await renderer.render(html, { name: "warm-up" });
  return renderer.pid!;
}

describe("PdfRenderer", { timeout: BROWSER_TEST_TIMEOUT }, () => {
  it("prints a batch with one browser, a PDF per report, in call order", async () => {
    const pid = await runningPid();
    const results = await Promise.all(["a", "b", "c"].map((name) => renderer.render(html, { name })));
    for (const { pdf, diagnostics } of results) {
      expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe("%PDF-");
      expect(diagnostics).toMatchObject({ launchedBrowser: false, blockedRequests: 0, failedFonts: [] });
    }
    expect(renderer.pid).toBe(pid);
    expect(logger.messages.filter((m) => /PDF of report "[abc]"/.test(m))).toEqual([
      expect.stringMatching(/^debug: PDF of report "a" in \d+ ms$/),
      expect.stringMatching(/^debug: PDF of report "b" in \d+ ms$/),
      expect.stringMatching(/^debug: PDF of report "c" in \d+ ms$/),
    ]);
  });

  it("starts a fresh browser after the browser was killed between reports", async () => {
    const pid = await runningPid();
    const processes = browserProcesses(pid);
    process.kill(pid, "SIGKILL");
    const { diagnostics } = await renderer.render(html, { name: "after-kill" });
    expect(diagnostics.launchedBrowser).toBe(true);
    expect(renderer.pid).not.toBe(pid);
    expect(await waitUntilGone(processes)).toEqual([]);
  });

  it("fails the report being printed when the browser dies, naming it, and recovers for the next", async () => {
    const pid = await runningPid();
    const processes = browserProcesses(pid);
    const pending = renderer.render(slowHtml, { name: "2026-10 (killed)" });
    setTimeout(() => process.kill(pid, "SIGKILL"), 1_000);
    const error = await pending.catch((e) => e);
    expect(error).toBeInstanceOf(RenderError);
    expect(error.code).toBe("NPSKIT_E_RENDER");
    expect(error.message).toMatch(
      /^The browser stopped while rendering the PDF of report "2026-10 \(killed\)"/,
    );
    expect(await waitUntilGone(processes)).toEqual([]);
    const next = await renderer.render(html, { name: "after-crash" });
    expect(next.diagnostics.launchedBrowser).toBe(true);
  });

  it("times out with an error naming the report, kills that browser, and renders the next", async () => {
    const pid = await runningPid();
    const processes = browserProcesses(pid);
    const error = await renderer.render(slowHtml, { name: "2026-09", timeout: 200 }).catch((e) => e);
    expect(error).toBeInstanceOf(RenderError);
    expect(error.message).toBe(
      'Rendering the PDF of report "2026-09" took longer than 200 ms (the timeout); the browser was restarted ' +
        "for the next report.",
    );
    expect(await waitUntilGone(processes)).toEqual([]);
    expect(renderer.pid).toBeUndefined();
    const next = await renderer.render(html, { name: "after-timeout" });
    expect(next.diagnostics.launchedBrowser).toBe(true);
  });

  it("names the report when its page navigates away, and warns about blocked requests", async () => {
    const refresh = fixtureHtml({ rows: 1, head: '<meta http-equiv="refresh" content="0">' });
    await expect(renderer.render(refresh, { name: "refreshing" })).rejects.toThrow(
      'Could not render the PDF of report "refreshing": the page navigated away from the report',
    );
    await renderer.render(fixtureHtml({ rows: 1, body: '<img src="https://example.com/x.png">' }), {
      name: "img",
    });
    expect(logger.messages).toContainEqual(
      expect.stringMatching(
        /^warn: Report "img" asked for 1 outside resource\(s\), all blocked \(0 font\(s\)\); first: https:\/\/example.com\/x.png\./,
      ),
    );
  });
});

describe("PdfRenderer.close", { timeout: BROWSER_TEST_TIMEOUT }, () => {
  it("leaves no Chromium process and no profile folder behind", async () => {
    const own = await openPdfRenderer();
    await own.render(html, { name: "one" });
    const pid = own.pid!;
    const processes = browserProcesses(pid);
    const profile = profileOf(pid);
    // The browser, its zygotes, the GPU/utility helpers and the renderer: all of our launch.
    expect(processes.length).toBeGreaterThan(2);
    expect(existsSync(profile)).toBe(true);
    await own.close();
    expect(await waitUntilGone(processes, 1_000)).toEqual([]);
    expect(existsSync(profile)).toBe(false);
    await own.close(); // twice is fine
    await expect(own.render(html, { name: "late" })).rejects.toThrow(
      'Cannot render the PDF of report "late": the renderer is closed.',
    );
  });

  it("kills the browser when closed in the middle of a report", async () => {
    const own = await openPdfRenderer();
    const processes = browserProcesses(own.pid!);
    const pending = own.render(slowHtml, { name: "interrupted" }).catch((e) => e);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await own.close();
    const error = await pending;
    expect(error).toBeInstanceOf(RenderError);
    expect(error.message).toBe('The renderer was closed while rendering the PDF of report "interrupted".');
    expect(await waitUntilGone(processes, 1_000)).toEqual([]);
  });
});
