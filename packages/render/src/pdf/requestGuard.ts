import type { HTTPRequest } from "puppeteer-core";

/** How many blocked addresses are kept for diagnostics: enough to see the pattern, bounded in memory. */
const KEPT_URLS = 5;

/** Counts what a {@link RequestGuard} refused, for diagnostics and warnings. */
export interface BlockedRequests {
  /** Requests refused. A self-contained report makes none. */
  readonly count: number;
  /** The first few refused addresses, each cut to 120 characters. */
  readonly urls: readonly string[];
  /** Refused font requests: a font that did not load means a fallback font in the PDF. */
  readonly fonts: number;
}

/** The request interception handler of a report page, and what it refused. */
export interface RequestGuard {
  /** Puppeteer `request` event handler: lets `data:` and `about:` through, refuses everything else. */
  readonly onRequest: (request: HTTPRequest) => void;
  readonly blocked: () => BlockedRequests;
}

/**
 * Decides every request of a report page. Reports are self-contained (fonts, images and charts are `data:`
 * URIs), so anything else is either a template bug or injected markup, and must not reach the network:
 * - `data:` and `about:` (blank frames, srcdoc) continue;
 * - a navigation elsewhere (`<iframe src>`, `<meta http-equiv=refresh>`, `<object>`) is answered with an
 *   empty 204, which keeps the current document: an aborted navigation would replace the report (or the
 *   frame) with Chromium's error page;
 * - every other request is aborted as blocked by the client.
 */
export function createRequestGuard(): RequestGuard {
  let count = 0;
  let fonts = 0;
  const urls: string[] = [];
  const onRequest = (request: HTTPRequest): void => {
    const url = request.url();
    if (url.startsWith("data:") || url.startsWith("about:")) {
      settle(request.continue());
      return;
    }
    count++;
    if (request.resourceType() === "font") fonts++;
    if (urls.length < KEPT_URLS) urls.push(url.slice(0, 120));
    settle(
      request.isNavigationRequest()
        ? request.respond({ status: 204, body: "" })
        : request.abort("blockedbyclient"),
    );
  };
  return { onRequest, blocked: () => ({ count, urls: [...urls], fonts }) };
}

/** A request may already be gone (page closed, browser stopped): nothing to decide then. */
function settle(decision: Promise<void>): void {
  decision.catch(() => undefined);
}
