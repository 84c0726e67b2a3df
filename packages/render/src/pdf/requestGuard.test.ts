// The injection corpus against a loopback canary, with real Chromium (installed by .ci/run; a missing
// browser fails here with resolveBrowser's message). Nothing the markup asks for may reach the network.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Canary, startCanary } from "./__fixtures__/canary.js";
import { fixtureHtml } from "./__fixtures__/fixtureHtml.js";
import { pdftotext, pdfWorkspace } from "./__fixtures__/poppler.js";
import { createDeadline } from "./deadline.js";
import { type BrowserHandle, launchBrowser } from "./launchBrowser.js";
import { renderPage } from "./renderPage.js";
import { resolveBrowser } from "./resolveBrowser.js";

/** A real browser on a shared 2-core CI machine: the repository's 30 s work budget per test. */
const BROWSER_TEST_TIMEOUT = 30_000;

const files = pdfWorkspace();
let canary: Canary;
let handle: BrowserHandle;

beforeAll(async () => {
  canary = await startCanary();
  const { executablePath } = await resolveBrowser();
  handle = await launchBrowser({ executablePath, timeout: 20_000 });
}, 30_000);

afterAll(async () => {
  await handle?.close();
  await canary?.close();
  files.dispose();
});

/** Markup that untrusted text could smuggle in if escaping failed once, each asking the canary for a path. */
function corpus(origin: string): { head: string; body: string } {
  const url = (path: string) => `${origin}/${path}`;
  const head = [
    `<link rel=stylesheet href="${url("link-stylesheet")}">`,
    `<meta http-equiv="refresh" content="0;url=${url("meta-refresh")}">`,
    `<link rel=prefetch href="${url("link-prefetch")}">`,
    `<link rel=preconnect href="${origin}">`,
    `<link rel=dns-prefetch href="//canary.example">`,
    `<link rel=preload as=image href="${url("link-preload")}">`,
    `<link rel=icon href="${url("favicon")}">`,
    `<base href="${url("base/")}">`,
    `<style>@import url("${url("css-import")}"); .bg{background:url(${url("css-background")})}</style>`,
    `<script>fetch("${url("script-fetch")}")</script>`,
  ].join("\n");
  const body = [
    `<img src=${url("img")}>`,
    `<img src="relative-to-base.png">`,
    `<iframe src=${url("iframe")}></iframe>`,
    `<iframe src="file:///etc/passwd"></iframe>`,
    `<iframe srcdoc="<img src=${url("srcdoc-img")}>"></iframe>`,
    `<object data="${url("object")}"></object><embed src="${url("embed")}">`,
    `<video poster="${url("video-poster")}" src="${url("video")}"></video>`,
    `<picture><source srcset="${url("srcset")}"><img src="data:,"></picture>`,
    `<svg width="10" height="10"><image href="${url("svg-image")}" width="10" height="10"/></svg>`,
    `<div class=bg style="background-image:url(${url("inline-style")})">bg</div>`,
    `<script>document.body.innerHTML = "SCRIPT RAN"; fetch("${url("script-body")}")</script>`,
  ].join("\n");
  return { head, body };
}

describe("request guard: the injection corpus", { timeout: BROWSER_TEST_TIMEOUT }, () => {
  it("makes no request and opens no connection to the canary, and leaks no local file", async () => {
    const result = await renderPage(
      await handle.browser.newPage(),
      fixtureHtml(corpus(canary.origin)),
      createDeadline(20_000),
    );
    const text = pdftotext(files.write(result.pdf));

    expect(canary.requests).toEqual([]);
    expect(canary.connections()).toBe(0);
    expect(text).not.toMatch(/root:.*:0:0:/);
    expect(text).not.toContain("SCRIPT RAN");
    // The report itself printed whole: the refresh, iframes and object did not replace it.
    expect(text).toContain("Monthly NPS report");
    expect(text).toContain("Отчёт о лояльности клиентов");
    expect(text).toContain("Page 3 of 3");
    // What the interception layer saw and refused (prefetch and preconnect never reach it: the host
    // resolver rules stop those).
    expect(result.blocked.count).toBeGreaterThanOrEqual(10);
    expect(result.blocked.urls.every((u) => u.startsWith(canary.origin))).toBe(true);
  });

  it("fails, rather than print a blank page, when the page refreshes itself away", async () => {
    const html = fixtureHtml({ head: '<meta http-equiv="refresh" content="0">', rows: 1 });
    const page = await handle.browser.newPage();
    await expect(renderPage(page, html, createDeadline(20_000))).rejects.toThrow(/navigated away/);
    expect(canary.requests).toEqual([]);
  });
});
