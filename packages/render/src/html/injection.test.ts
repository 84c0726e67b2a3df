import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { ReportModel } from "@npskit/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureModel } from "../../test/fixtureModel.js";
import { launchUnguardedBrowser, pdfText, tempDir, writePdf } from "../../test/printPdf.js";
import type { ResolvedBrand } from "../brand/brand.js";
import { defaultBrand } from "../brand/defaultBrand.js";
import { renderHtml } from "./renderHtml.js";

// Every untrusted text of the hostile fixture (comments, segment names and values, dimension names,
// recommendation texts, rejection reasons, source names, the quarantine file, the scope) is an attack; so are
// the brand's name and footer here.
const brand: ResolvedBrand = {
  ...defaultBrand(),
  name: "</title><script>alert(1)</script>",
  footer: '<img src=x onerror=alert(1)> "}</style><style>*{background:url(http://127.0.0.1:9/f)}',
};

/** Real tags of the document (escaped text is not a tag). */
const tagsOf = (html: string) => html.replace(/<style>[\s\S]*?<\/style>/, "").match(/<[a-zA-Z][^>]*>/g) ?? [];

describe("untrusted text in the HTML", () => {
  let html = "";
  beforeAll(async () => {
    html = await renderHtml(fixtureModel("hostile"), { brand });
  });

  it("never becomes markup: no script, no image, no event handler, one style element", () => {
    const tags = tagsOf(html);
    expect(
      tags.filter((tag) =>
        /^<(script|img|iframe|object|embed|link|meta http-equiv="refresh"|base)\b/i.test(tag),
      ),
    ).toEqual([]);
    expect(tags.filter((tag) => /\son\w+=/i.test(tag))).toEqual([]);
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html.match(/<\/title>/g)).toHaveLength(1);
    expect(html.match(/<svg\b/g)).toHaveLength(6); // the six charts, nothing from the data
  });

  it("shows each attack as text, escaped", () => {
    expect(html).toContain(
      "&lt;img src&#x3D;x onerror&#x3D;&quot;fetch(&#x27;http://127.0.0.1:9/img&#x27;)&quot;&gt;",
    );
    expect(html).toContain(
      "&lt;/style&gt;&lt;script&gt;fetch(&#x27;http://127.0.0.1:9/script&#x27;)&lt;/script&gt;",
    );
    expect(html).toContain("&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain('lang="&quot; onmouseover&#x3D;&quot;alert(1)&quot; data-x&#x3D;&#x27;"');
  });

  it("does not evaluate Handlebars syntax that arrives in data", () => {
    expect(html).toContain("{{constructor.constructor &#x27;return process&#x27;}} {{{raw}}} {{&gt; cover}}");
  });

  it("keeps data out of CSS: the stylesheet holds no text from the model or the brand", () => {
    const css = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? "";
    for (const needle of ["127.0.0.1", "evil.example", "alert", "onerror", "background-image:url(http"]) {
      expect(css).not.toContain(needle);
    }
    const styleAttributes = tagsOf(html).flatMap((tag) => /\sstyle="([^"]*)"/.exec(tag)?.[1] ?? []);
    for (const style of styleAttributes) expect(style).not.toMatch(/url\(|127\.0\.0\.1|evil/);
  });

  it("puts chart labels from the data into the SVG escaped", () => {
    const svgs = html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
    const segmentChart = svgs[3] ?? "";
    expect(segmentChart).toContain("&lt;img");
    expect(segmentChart).not.toMatch(/<img|<script|<\/style/);
  });
});

describe("untrusted text in a browser", () => {
  const hits: string[] = [];
  const server = createServer((request, response) => {
    hits.push(request.url ?? "");
    response.end("x");
  });
  let port = 0;
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("makes no request to a loopback canary, with page JavaScript on and no request blocking", async () => {
    // Point every URL of the attacks at the canary, so a single load would be counted.
    const model = JSON.parse(
      JSON.stringify(fixtureModel("hostile")).replaceAll("127.0.0.1:9", `127.0.0.1:${port}`),
    ) as ReportModel;
    const html = await renderHtml(model, {
      brand: { ...brand, footer: `<img src="http://127.0.0.1:${port}/footer">` },
    });
    const browser = await launchUnguardedBrowser();
    try {
      const page = await browser.newPage();
      await page.setContent(html, { waitUntil: "load" });
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const text = pdfText(writePdf(tempDir(), "hostile.pdf", pdf));
      expect(text).toContain("<img src=x onerror=");
      expect(text).toContain("</style><script>fetch(");
      // The canary is reachable: a control page (a new one: setContent keeps the document, and its CSP) is counted.
      const control = await browser.newPage();
      await control.setContent(`<img src="http://127.0.0.1:${port}/control">`, { waitUntil: "load" });
    } finally {
      await browser.close();
    }
    expect(hits).toEqual(["/control"]);
  }, 30_000);
});
