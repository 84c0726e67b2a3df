import type { Page } from "puppeteer-core";
import type { Deadline } from "./deadline.js";
import { type BlockedRequests, createRequestGuard } from "./requestGuard.js";
import { settleWithin } from "./settleWithin.js";

/** How long closing the page may take before the render goes on without it. */
const PAGE_CLOSE_GRACE_MS = 2_000;

/** A printed page and what happened while loading it. */
export interface PageRender {
  /** The PDF as Chromium printed it (before {@link finishPdf}). */
  readonly pdf: Uint8Array;
  readonly blocked: BlockedRequests;
  /** Font families whose `@font-face` failed to load (bad data, blocked URL): the PDF uses a fallback. */
  readonly failedFonts: readonly string[];
}

/**
 * Evaluated through the DevTools protocol, which works with page JavaScript disabled (the switch only stops
 * the page's own scripts): waits for every font the layout uses, then lists the faces that failed.
 */
const FONTS_SCRIPT =
  "document.fonts.ready.then(() => Array.from(document.fonts)" +
  '.filter((face) => face.status === "error").map((face) => face.family))';

/**
 * Prints one self-contained HTML document to PDF on `page`, a fresh page, and closes it: page JavaScript
 * off, every request but `data:`/`about:` refused ({@link createRequestGuard}), print media, content set on
 * about:blank, fonts loaded, and a tagged PDF with an outline whose page size comes from the CSS `@page`
 * rule. Every step takes its timeout from `deadline`.
 *
 * A document that navigates itself away (a `<meta http-equiv=refresh>` to itself or about:blank, which no
 * request interception sees) would print blank: that is an error instead.
 */
export async function renderPage(page: Page, html: string, deadline: Deadline): Promise<PageRender> {
  try {
    // A crashed renderer leaves pending protocol calls waiting until the timeout; fail at once instead.
    const crashed = new Promise<never>((_, reject) => {
      page.once("error", (error) => reject(new Error(`the page crashed: ${error.message}`)));
    });
    return await Promise.race([print(page, html, deadline), crashed]);
  } finally {
    // Closing a page that is navigating can hang; a page left open is harmless (the renderer restarts the
    // browser after any failure), a hung render is not.
    await settleWithin(page.close(), PAGE_CLOSE_GRACE_MS);
  }
}

async function print(page: Page, html: string, deadline: Deadline): Promise<PageRender> {
  await page.setJavaScriptEnabled(false);
  const guard = createRequestGuard();
  await page.setRequestInterception(true);
  page.on("request", guard.onRequest);
  await page.emulateMediaType("print");
  await page.setContent(html, { waitUntil: "load", timeout: deadline.remaining() });

  let navigatedAway = false;
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame()) navigatedAway = true;
  });
  const navigationError = () =>
    new Error(
      "the page navigated away from the report (a <meta http-equiv=refresh>?), so the PDF would not show it",
    );
  let failed: unknown;
  let pdf: Uint8Array;
  try {
    failed = await page.evaluate(FONTS_SCRIPT);
    pdf = await page.pdf({
      preferCSSPageSize: true,
      printBackground: true,
      tagged: true,
      outline: true,
      // Fonts were awaited above, with the failures collected.
      waitForFonts: false,
      timeout: deadline.remaining(),
    });
  } catch (error) {
    // A navigation destroys the evaluation context mid-call, and Puppeteer reports that before the
    // navigation event arrives: say why rather than what broke.
    const destroyed = error instanceof Error && error.message.includes("Execution context was destroyed");
    throw navigatedAway || destroyed ? navigationError() : error;
  }
  if (navigatedAway) throw navigationError();
  return {
    pdf,
    blocked: guard.blocked(),
    failedFonts: Array.isArray(failed) ? failed.map(String) : [],
  };
}
