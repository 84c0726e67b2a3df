import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import pixelmatch from "pixelmatch";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureModel } from "../../test/fixtureModel.js";
import {
  openRenderer,
  pagePng,
  pdfFonts,
  pdfPages,
  pdfText,
  printPdf,
  tempDir,
  writePdf,
} from "../../test/printPdf.js";
import type { ResolvedBrand } from "../brand/brand.js";
import { loadBrand } from "../brand/loadBrand.js";
import type { PdfRenderer } from "../pdf/pdfRenderer.js";
import { renderHtml } from "./renderHtml.js";

// The example report (the Northwind Analytics brand, the fixture models) printed by Chromium and read back
// with poppler: what a reader of the PDF gets. `pnpm update-reference` rewrites the page-1 reference images
// on purpose after a deliberate design change; look at them before committing.
const EXAMPLE_BRAND = new URL("../../../../examples/monthly-report/brand/brand.json", import.meta.url)
  .pathname;
const reference = (locale: string) =>
  new URL(`../../test/reference/page1-${locale}.png`, import.meta.url).pathname;
const UPDATE = process.env.UPDATE_REFERENCE === "1";

let renderer: PdfRenderer;
let brand: ResolvedBrand;
const dir = tempDir("npskit-example-pdf-");
beforeAll(async () => {
  [renderer, brand] = await Promise.all([openRenderer(), loadBrand(EXAMPLE_BRAND)]);
});
afterAll(() => renderer?.close());

let printCount = 0;
async function printed(locale: "en" | "ru", model = fixtureModel(locale)): Promise<string> {
  const html = await renderHtml(model, { brand: { ...brand, locale } });
  printCount += 1;
  return writePdf(dir, `report-${printCount}-${locale}.pdf`, await printPdf(renderer, html));
}

describe.each(["en", "ru"] as const)("the example report in %s, as PDF", (locale) => {
  let file = "";
  beforeAll(async () => {
    file = await printed(locale);
  }, 30_000);

  it("has the headline figures and the words of its language", () => {
    const text = pdfText(file).replace(/\u00a0/g, " ");
    if (locale === "en") {
      expect(text).toContain("October 2026");
      expect(text).toMatch(/NET PROMOTER SCORE[\s\S]*33/);
      expect(text).toContain("95% confidence interval 22 to 43");
      expect(text).toContain("Page 2 of");
    } else {
      expect(text).toContain("Октябрь 2026 г.");
      expect(text).toContain("Доверительный интервал 95 %: от 22");
      expect(text).toContain("Промоутеры");
      expect(text).toContain("«Поддержка ответила за десять минут, спасибо!»");
      expect(text).toContain("Стр. 2 из");
    }
  });

  it("embeds every font, and only the brand's family (no fallback, no synthesized Type 3 bold)", () => {
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font.embedded).toBe(true);
      expect(font.type).toBe("CID TrueType");
      expect(font.name).toMatch(/^[A-Z]{6}\+Inter-(Regular|SemiBold)$/);
    }
  });

  it("keeps to a few pages", () => {
    expect(pdfPages(file)).toBeGreaterThanOrEqual(6);
    expect(pdfPages(file)).toBeLessThanOrEqual(8);
  });

  it("prints page 1 as the reference image shows it", () => {
    const actual = PNG.sync.read(pagePng(file, 1, 60));
    if (UPDATE || !existsSync(reference(locale))) {
      writeFileSync(reference(locale), PNG.sync.write(actual));
      if (!UPDATE)
        throw new Error(`no reference image yet: wrote ${reference(locale)}, look at it and commit it`);
    }
    const expected = PNG.sync.read(readFileSync(reference(locale)));
    expect([actual.width, actual.height]).toEqual([expected.width, expected.height]);
    const diff = pixelmatch(actual.data, expected.data, undefined, actual.width, actual.height, {
      threshold: 0.1,
    });
    // Two runs give 0 differing pixels; a little slack for anti-aliasing on another machine.
    expect(diff / (actual.width * actual.height)).toBeLessThan(0.002);
  });
});

describe("a segment table longer than a page", () => {
  it("repeats its header on every page it spans and keeps every row whole", async () => {
    const model = fixtureModel("en");
    const row = model.segments[0]!.rows[0]!;
    const countries = Array.from({ length: 70 }, (_, i) => ({
      ...row,
      value: `Country ${String(i + 1).padStart(2, "0")}`,
    }));
    model.segments = [{ dimension: "country", rows: countries }];
    const file = await printed("en", model);
    const pages = Array.from({ length: pdfPages(file) }, (_, i) =>
      execFileSync("pdftotext", ["-layout", "-f", String(i + 1), "-l", String(i + 1), file, "-"], {
        encoding: "utf8",
      }),
    );
    // A table row prints on one line with all its cells (chart labels and the chart's text alternative have
    // fewer), so each row is whole, on one page.
    const tableRow = /^\s*Country \d\d\s+68\s+32\s+13 to 49\s+\S+\s+51%\s+19%\s*$/;
    const withRows = pages.filter((text) => text.split("\n").some((line) => tableRow.test(line)));
    expect(withRows.length).toBeGreaterThan(1);
    for (const text of withRows) expect(text).toMatch(/GROUP\s+ANSWERED\s+NPS\s+95% INTERVAL/);
    expect(withRows.flatMap((text) => text.split("\n").filter((line) => tableRow.test(line)))).toHaveLength(
      70,
    );
  }, 30_000);
});

describe("an emoji in a comment", () => {
  it("adds only Noto Color Emoji's glyphs (a Type 3 font, as Chromium embeds colour emoji) to the brand's", async () => {
    const model = fixtureModel("en");
    model.comments.promoter[0]!.text = "Love the new dashboard 😀";
    const fonts = pdfFonts(await printed("en", model));
    expect(fonts.every((font) => font.embedded)).toBe(true);
    const other = fonts.filter((font) => !/^[A-Z]{6}\+Inter-(Regular|SemiBold)$/.test(font.name));
    expect(other.map((font) => [font.name, font.type])).toEqual([["[none]", "Type 3"]]);
  }, 30_000);
});
