import { BrowserError, type Logger, RenderError, silentLogger } from "@npskit/core";
import type { Page } from "puppeteer-core";
import { createDeadline, type Deadline, DeadlineExceeded, withinDeadline } from "./deadline.js";
import { type BrowserHandle, launchBrowser } from "./launchBrowser.js";
import { type PageRender, renderPage } from "./renderPage.js";
import { type ResolveBrowserOptions, type ResolvedBrowser, resolveBrowser } from "./resolveBrowser.js";

/** Default time budget of one report, launch included when the report needs a (new) browser. */
const DEFAULT_TIMEOUT_MS = 60_000;

/** Options of {@link openPdfRenderer}. Every member is optional. */
export interface PdfRendererOptions extends ResolveBrowserOptions {
  /**
   * Milliseconds one report may take, from starting the page (and the browser, when one must be started)
   * to the last byte of its PDF. When it runs out the browser is restarted for the next report.
   * @default 60000
   */
  readonly timeout?: number;
  /** Extra Chromium flags, after npskit's own. @default [] */
  readonly args?: readonly string[];
  /** Where progress and warnings go (blocked requests, fonts that failed). @default silentLogger */
  readonly logger?: Logger;
}

/** Options of one {@link PdfRenderer.render} call. */
export interface RenderPdfOptions {
  /** Names the report in errors and logs: a period, a scope, a file name. */
  readonly name: string;
  /** Overrides the renderer's `timeout` for this report. */
  readonly timeout?: number;
}

/** What happened while a report was printed. */
export interface PdfDiagnostics {
  /** Milliseconds from the call to the PDF bytes (waiting behind other reports excluded). */
  readonly durationMs: number;
  /** Whether this report had to start a browser: the first report after a crash or a timeout. */
  readonly launchedBrowser: boolean;
  /** Requests refused; a self-contained report makes none. */
  readonly blockedRequests: number;
  /** The first few refused addresses. */
  readonly blockedUrls: readonly string[];
  /** Font families that failed to load. */
  readonly failedFonts: readonly string[];
}

/** A printed report: Chromium's PDF (not yet through {@link finishPdf}) and its diagnostics. */
export interface RenderedPdf {
  readonly pdf: Uint8Array;
  readonly diagnostics: PdfDiagnostics;
}

/**
 * Prints reports to PDF with one browser for a whole batch: a fresh page per report, one time budget per
 * report, and the browser restarted after a crash or a timeout so that one bad report does not fail the
 * next. Reports are printed one at a time, in call order (concurrent calls wait their turn): printing is
 * CPU-bound, so parallel pages would only compete. Always {@link PdfRenderer.close} it (`try`/`finally`);
 * if the host process exits or is interrupted first, the browser is killed anyway.
 *
 * @example
 * const renderer = await openPdfRenderer({ logger });
 * try {
 *   for (const report of reports) await writeFile(report.file, (await renderer.render(report.html, { name: report.file })).pdf);
 * } finally {
 *   await renderer.close();
 * }
 */
export class PdfRenderer {
  /** The browser in use and where it was found. */
  readonly browser: ResolvedBrowser;
  readonly #options: PdfRendererOptions;
  readonly #logger: Logger;
  #handle: BrowserHandle | undefined;
  #queue: Promise<unknown> = Promise.resolve();
  #closed = false;

  private constructor(browser: ResolvedBrowser, options: PdfRendererOptions) {
    this.browser = browser;
    this.#options = options;
    this.#logger = options.logger ?? silentLogger;
  }

  /**
   * Finds the browser ({@link resolveBrowser}) and starts it, so that a missing or broken browser fails
   * before any report is rendered.
   *
   * @throws {BrowserError} `NPSKIT_E_BROWSER`
   */
  static async open(options: PdfRendererOptions = {}): Promise<PdfRenderer> {
    const renderer = new PdfRenderer(await resolveBrowser(options), options);
    renderer.#handle = await renderer.#launch(options.timeout ?? DEFAULT_TIMEOUT_MS);
    return renderer;
  }

  /** Process id of the running browser, if one runs: for diagnostics and tests. */
  get pid(): number | undefined {
    return this.#handle?.pid;
  }

  /**
   * Prints one self-contained HTML document to PDF.
   *
   * @throws {RenderError} `NPSKIT_E_RENDER`, naming the report, on a timeout, a browser crash, a page that
   *   navigated away, or when the renderer is closed.
   * @throws {BrowserError} `NPSKIT_E_BROWSER` when a replacement browser does not start.
   */
  render(html: string, options: RenderPdfOptions): Promise<RenderedPdf> {
    const run = this.#queue.then(() => this.#render(html, options));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** Closes the browser and removes its profile. Safe to call more than once; pending reports fail. */
  async close(): Promise<void> {
    this.#closed = true;
    const handle = this.#handle;
    this.#handle = undefined;
    await handle?.close();
  }

  async #render(html: string, options: RenderPdfOptions): Promise<RenderedPdf> {
    const { name } = options;
    if (this.#closed)
      throw new RenderError(`Cannot render the PDF of report "${name}": the renderer is closed.`);
    const started = performance.now();
    const deadline = createDeadline(options.timeout ?? this.#options.timeout ?? DEFAULT_TIMEOUT_MS);
    let launchedBrowser = this.#handle === undefined || !this.#handle.browser.connected;
    // Set when the budget ran out: a browser that finishes starting afterwards is closed, not kept.
    let abandoned = false;
    const work = async (): Promise<PageRender> => {
      let handle = this.#handle;
      if (handle === undefined || launchedBrowser)
        handle = await this.#replaceBrowser(deadline, () => abandoned);
      let page: Page;
      try {
        page = await handle.browser.newPage();
      } catch {
        // The browser died while idle, before this report began (its disconnection not yet noticed): that
        // is not this report's fault, so it gets one fresh browser within its budget.
        launchedBrowser = true;
        handle = await this.#replaceBrowser(deadline, () => abandoned);
        page = await handle.browser.newPage();
      }
      return renderPage(page, html, deadline);
    };
    let result: PageRender;
    try {
      result = await withinDeadline(work(), deadline);
    } catch (error) {
      abandoned = true;
      throw await this.#failure(name, deadline.timeoutMs, error);
    }
    const diagnostics: PdfDiagnostics = {
      durationMs: Math.round(performance.now() - started),
      launchedBrowser,
      blockedRequests: result.blocked.count,
      blockedUrls: result.blocked.urls,
      failedFonts: result.failedFonts,
    };
    this.#report(name, diagnostics, result.blocked.fonts);
    return { pdf: result.pdf, diagnostics };
  }

  /** Turns a failure into the error the caller sees, restarting the browser unless it was a launch failure. */
  async #failure(name: string, timeoutMs: number, error: unknown): Promise<Error> {
    if (error instanceof BrowserError) return error;
    const crashed = this.#handle !== undefined && !this.#handle.browser.connected;
    // Whatever went wrong, the next report gets a fresh browser: a hung or crashed one is of no use.
    await this.#retire();
    if (this.#closed) {
      return new RenderError(`The renderer was closed while rendering the PDF of report "${name}".`, {
        cause: error,
      });
    }
    if (error instanceof DeadlineExceeded || (error instanceof Error && error.name === "TimeoutError")) {
      return new RenderError(
        `Rendering the PDF of report "${name}" took longer than ${timeoutMs} ms (the timeout); ` +
          "the browser was restarted for the next report.",
        { cause: error },
      );
    }
    if (crashed) {
      return new RenderError(
        `The browser stopped while rendering the PDF of report "${name}" (it crashed or was killed); ` +
          "a fresh one starts for the next report.",
        { cause: error },
      );
    }
    const reason = error instanceof Error ? error.message : String(error);
    return new RenderError(`Could not render the PDF of report "${name}": ${reason}`, { cause: error });
  }

  #report(name: string, diagnostics: PdfDiagnostics, blockedFonts: number): void {
    this.#logger.debug(
      `PDF of report "${name}" in ${diagnostics.durationMs} ms` +
        (diagnostics.launchedBrowser ? " (browser started)" : ""),
    );
    if (diagnostics.blockedRequests > 0) {
      this.#logger.warn(
        `Report "${name}" asked for ${diagnostics.blockedRequests} outside resource(s), all blocked ` +
          `(${blockedFonts} font(s)); first: ${diagnostics.blockedUrls.join(", ")}. ` +
          "A report must be self-contained: inline fonts, images and styles as data: URIs.",
      );
    }
    if (diagnostics.failedFonts.length > 0) {
      this.#logger.warn(
        `Report "${name}": font(s) ${diagnostics.failedFonts.join(", ")} failed to load; the PDF uses a fallback.`,
      );
    }
  }

  async #launch(timeout: number): Promise<BrowserHandle> {
    const handle = await launchBrowser({
      executablePath: this.browser.executablePath,
      timeout,
      ...(this.#options.args === undefined ? {} : { args: this.#options.args }),
    });
    this.#logger.debug(`Started ${this.browser.executablePath} (${this.browser.source}), pid ${handle.pid}`);
    return handle;
  }

  /** Closes the current browser and starts another; one that starts after the report gave up is closed. */
  async #replaceBrowser(deadline: Deadline, abandoned: () => boolean): Promise<BrowserHandle> {
    await this.#retire();
    // Closed in the middle of a report (its browser gone, so the report's next step failed): no new browser
    // for a report nobody waits for; the caller's failure handling says the renderer was closed.
    if (this.#closed) throw new RenderError("the renderer is closed");
    const handle = await this.#launch(deadline.remaining());
    if (abandoned() || this.#closed) {
      await handle.close();
      throw new DeadlineExceeded(deadline.timeoutMs);
    }
    this.#handle = handle;
    return handle;
  }

  async #retire(): Promise<void> {
    const handle = this.#handle;
    this.#handle = undefined;
    await handle?.close();
  }
}

/**
 * Opens a {@link PdfRenderer}: finds the browser and starts it.
 *
 * @throws {BrowserError} `NPSKIT_E_BROWSER` with how to install a browser when none is found.
 */
export function openPdfRenderer(options: PdfRendererOptions = {}): Promise<PdfRenderer> {
  return PdfRenderer.open(options);
}
