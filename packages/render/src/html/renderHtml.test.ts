import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { InputError, type ReportModel } from "@npskit/core";
import { describe, expect, it } from "vitest";
import { coreExampleModel, fixtureModel } from "../../test/fixtureModel.js";
import { tempDir } from "../../test/printPdf.js";
import { defaultBrand } from "../brand/defaultBrand.js";
import { loadBrand } from "../brand/loadBrand.js";
import { defaultTemplateDir } from "./defaultTemplateDir.js";
import { REPORT_CSP } from "./documentShell.js";
import { renderHtml } from "./renderHtml.js";

const EXAMPLE_BRAND = new URL("../../../../examples/monthly-report/brand/brand.json", import.meta.url)
  .pathname;

/** The text of the document, tags removed: what a reader sees (roughly). */
const textOf = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, "")
    .replace(/<svg[\s\S]*?<\/svg>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/[ \t\r\n]+/g, " ") // not \s: the no-break spaces are part of what is tested
    .replace(/&(lt|gt|quot|amp|#x27|#x3D|#x60);/g, (_, name: string) => ENTITIES[name] ?? "");

const ENTITIES: Record<string, string> = {
  lt: "<",
  gt: ">",
  quot: '"',
  amp: "&",
  "#x27": "'",
  "#x3D": "=",
  "#x60": "`",
};

describe("renderHtml", () => {
  it("renders one self-contained document: CSP, lang, inline CSS, embedded fonts and logo, inline SVG", async () => {
    const html = await renderHtml(fixtureModel("en"), { brand: await loadBrand(EXAMPLE_BRAND) });
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`);
    expect(REPORT_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:");
    expect(html).toContain("<title>Northwind Analytics — Net Promoter Score, October 2026</title>");
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html).not.toMatch(/<link|<script|@import/i);
    expect(html).toMatch(
      /<img class="brand-logo" src="data:image\/svg\+xml;base64,[^"]+" alt="Northwind Analytics">/,
    );
    expect(html.match(/<figure class="chart"/g)).toHaveLength(3 + 3);
    expect(html.match(/<svg aria-hidden="true"/g)).toHaveLength(6);
  });

  it("contains no URL at all: no http:, https:, file: or protocol-relative reference", async () => {
    for (const name of ["en", "ru", "hostile"] as const) {
      const html = await renderHtml(fixtureModel(name), { brand: await loadBrand(EXAMPLE_BRAND) });
      // The hostile model's texts carry URLs on purpose; they appear escaped as text, never as a reference.
      // References in real tags (text is escaped, so "<img src=x" in a comment is no tag) and in CSS.
      const tags = html.replace(/<style>[\s\S]*?<\/style>/, "").match(/<[a-z][^>]*>/gi) ?? [];
      const css = [
        /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? "",
        ...tags.flatMap((tag) => /style="([^"]*)"/.exec(tag)?.[1] ?? []),
      ];
      const references = [
        ...tags.flatMap((tag) =>
          [...tag.matchAll(/\s(?:src|href|xlink:href|action|srcset|poster|data)="([^"]*)"/gi)].map(
            (m) => m[1] ?? "",
          ),
        ),
        ...css.flatMap((text) => [...text.matchAll(/url\(\s*["']?([^"')]+)/gi)].map((m) => m[1] ?? "")),
      ];
      expect(references.length).toBeGreaterThan(4);
      for (const reference of references) expect(reference).toMatch(/^(data:|#)/);
      if (name !== "hostile") expect(html).not.toMatch(/https?:\/\/|file:/);
    }
  });

  it("embeds only the weights it uses, Latin and Cyrillic, as woff2 data: URIs", async () => {
    const html = await renderHtml(fixtureModel("ru"), { brand: defaultBrand("ru") });
    const faces = [...html.matchAll(/@font-face \{([\s\S]*?)\n\}/g)].map((m) => m[1] ?? "");
    expect(faces).toHaveLength(4);
    expect(faces.map((face) => /font-weight: (\d+)/.exec(face)?.[1])).toEqual(["400", "400", "600", "600"]);
    for (const face of faces)
      expect(face).toMatch(/src: url\(data:font\/woff2;base64,[A-Za-z0-9+/=]+\) format\("woff2"\)/);
    // Every weight the stylesheet asks for is one of those.
    const css = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? "";
    expect(css).toContain("--weight-regular: 400;");
    expect(css).toContain("--weight-strong: 600;");
    expect(css.replace(/@font-face \{[\s\S]*?\n\}/g, "")).not.toMatch(/font-weight:\s*(?!var\()[^;]*\d/);
    expect(css).toContain("font-synthesis: none;");
  });

  it("sets lang, page size and the localized page numbers from the model and the brand", async () => {
    const html = await renderHtml(fixtureModel("ru"), {
      brand: { ...defaultBrand("ru"), pageSize: "Letter" },
    });
    expect(html).toContain('<html lang="ru">');
    expect(html).toContain("size: Letter;");
    // "Стр. " counter(page) " из " counter(pages), every character outside [A-Za-z0-9 ] as a CSS escape.
    expect(html).toContain(
      'content: "\\421 \\442 \\440 \\2e  " counter(page) " \\438 \\437  " counter(pages);',
    );
  });

  it("is deterministic: the same model and brand give byte-identical HTML", async () => {
    const brand = await loadBrand(EXAMPLE_BRAND);
    const first = await renderHtml(fixtureModel("ru"), { brand });
    await renderHtml(fixtureModel("en"), { brand: defaultBrand() }); // other charts in between
    expect(await renderHtml(fixtureModel("ru"), { brand: await loadBrand(EXAMPLE_BRAND) })).toBe(first);
  });

  it("writes the executive summary, the headline and the methodology from the model", async () => {
    const text = textOf(await renderHtml(fixtureModel("en"), { brand: defaultBrand() }));
    expect(text).toContain(
      "In October 2026 the Net Promoter Score was 33 (95% confidence interval 22 to 43), from 196 answered responses.",
    );
    expect(text).toContain(
      "Up 17 points from 16 in September 2026; the rise is statistically significant (p\u00a0=\u00a00.03).",
    );
    expect(text).toContain("vs September 2026: 16");
    expect(text).toContain("Each NPS is shown with a 95% confidence interval by the adjusted Wald method");
    expect(text).toContain("rounded only for display, to whole numbers, with halves rounded away from zero");
    expect(text).toContain("Periods are calendar months in the Europe/Moscow time zone");
    expect(text).toContain("the latest submission is kept");
    expect(text).toContain(
      "Rejected records, with their location and reason, are in nps-2026-10.quarantine.ndjson.",
    );
  });

  it("says when percentages are rounded first, with the SurveyMonkey example", async () => {
    const model = fixtureModel("ru");
    model.method.rounding = { mode: "percentages-first", decimals: 1 };
    const text = textOf(await renderHtml(model, { brand: defaultBrand("ru") }));
    expect(text).toContain("В отчёте используется правило «сначала проценты»");
    expect(text).toContain("до 1 знака после запятой");
    expect(text).toContain("53\u00a0% − 27\u00a0% = 26, а точное значение — 26,67");
  });

  it("shows a clear empty state when there are no recommendations, and every other no-data state", async () => {
    const text = textOf(await renderHtml(fixtureModel("empty"), { brand: defaultBrand("ru") }));
    expect(text).toContain("Рекомендаций на этот период нет.");
    expect(text).toContain("В этом периоде никто не оставил комментарий.");
    expect(text).toContain("Разбивка по сегментам для этого отчёта не настроена.");
    expect(text).toContain("За октябрь 2026\u00a0г. никто из клиентов не ответил");
    expect(text).toContain("Ни одна запись не отклонена.");
    expect(text).toContain("Цель не задана");
  });

  it("renders core's example model, when present", async () => {
    const model = coreExampleModel();
    if (model === undefined) return;
    const html = await renderHtml(model, { brand: defaultBrand() });
    expect(textOf(html)).toContain("No recommendations for this period.");
  });

  it("refuses a model that does not match the schema, naming the field", async () => {
    const model = { ...fixtureModel("en"), locale: "de" } as unknown as ReportModel;
    await expect(renderHtml(model, { brand: defaultBrand() })).rejects.toMatchObject({
      code: "NPSKIT_E_INVALID_REPORT",
      message: expect.stringContaining('/locale: must be one of "en", "ru" (got "de")'),
    });
  });
});

describe("renderHtml with a templateDir", () => {
  it("overrides file by file and falls back to the default for every other partial", async () => {
    const dir = tempDir("npskit-template-");
    mkdirSync(join(dir, "partials"));
    mkdirSync(join(dir, "locales"));
    writeFileSync(
      join(dir, "partials", "cover.hbs"),
      '<section class="my-cover">{{t "cover.custom"}} {{brand.name}}</section>\n',
    );
    writeFileSync(
      join(dir, "locales", "en.json"),
      JSON.stringify({ cover: { custom: "Made for {{" }, summary: { heading: "At a glance" } }),
    );
    const html = await renderHtml(fixtureModel("en"), {
      brand: { ...defaultBrand(), name: "<Acme>" },
      templateDir: dir,
    });
    expect(html).toContain('<section class="my-cover">Made for {{ &lt;Acme&gt;</section>');
    // The default summary partial is no longer called (it lived in the default cover)…
    expect(html).not.toContain("At a glance");
    // …while the other default partials and strings are all there.
    expect(html).toContain('<h2 id="scores-title">How customers scored</h2>');
    expect(html).toContain('<h2 id="method-title">Methodology</h2>');
    expect(html).toContain(".kpi-value-hero");
  });

  it("takes a layout, a stylesheet and a new partial from the templateDir", async () => {
    const dir = tempDir("npskit-template-");
    mkdirSync(join(dir, "partials"));
    writeFileSync(join(dir, "layout.hbs"), "{{> summary}}{{> extra}}");
    writeFileSync(join(dir, "partials", "extra.hbs"), "<p class=extra>{{nps model.overall.displayed}}</p>");
    writeFileSync(join(dir, "report.css"), ".extra { color: var(--color-accent); }");
    const html = await renderHtml(fixtureModel("en"), { brand: defaultBrand(), templateDir: dir });
    expect(html).toContain("<p class=extra>33</p>");
    expect(html).toContain("Summary");
    expect(html).toContain(".extra { color: var(--color-accent); }");
    expect(html).not.toContain(".kpi-value-hero");
  });

  it("refuses triple-stash, {{& }} and CSS that would load something, naming the file and line", async () => {
    const dir = tempDir("npskit-template-");
    mkdirSync(join(dir, "partials"));
    writeFileSync(join(dir, "partials", "cover.hbs"), "<p>\n{{{brand.name}}}</p>");
    await expect(renderHtml(fixtureModel("en"), { brand: defaultBrand(), templateDir: dir })).rejects.toThrow(
      `${join(dir, "partials", "cover.hbs")}:2: unescaped output ({{{ }}} or {{& }}) is not allowed`,
    );
    writeFileSync(join(dir, "partials", "cover.hbs"), "{{& brand.name}}");
    await expect(
      renderHtml(fixtureModel("en"), { brand: defaultBrand(), templateDir: dir }),
    ).rejects.toBeInstanceOf(InputError);
    writeFileSync(join(dir, "partials", "cover.hbs"), "");
    writeFileSync(join(dir, "report.css"), "body { background: url(https://example.com/x.png) }");
    await expect(renderHtml(fixtureModel("en"), { brand: defaultBrand(), templateDir: dir })).rejects.toThrow(
      "the report CSS must be self-contained, but it loads a url() that is not data: or #fragment",
    );
  });

  it("fails on a misspelled property instead of printing nothing (strict mode)", async () => {
    const dir = tempDir("npskit-template-");
    writeFileSync(join(dir, "layout.hbs"), "{{model.overal.nps}}");
    await expect(renderHtml(fixtureModel("en"), { brand: defaultBrand(), templateDir: dir })).rejects.toThrow(
      /not defined/,
    );
  });

  it("has no triple-stash anywhere in the default template", async () => {
    const { readdirSync, readFileSync } = await import("node:fs");
    const base = defaultTemplateDir();
    const files = [
      "layout.hbs",
      ...readdirSync(join(base, "partials")).map((name) => join("partials", name)),
    ];
    for (const file of files) expect(readFileSync(join(base, file), "utf8")).not.toMatch(/\{\{\{|\{\{~?\s*&/);
  });

  it("shows an SVG logo with a script in it as an image, where the script cannot run", async () => {
    const dir = tempDir("npskit-brand-");
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script><rect width="9" height="9"/></svg>';
    writeFileSync(join(dir, "logo.svg"), svg);
    writeFileSync(join(dir, "brand.json"), JSON.stringify({ name: "Acme", logo: "logo.svg" }));
    const html = await renderHtml(fixtureModel("en"), { brand: await loadBrand(join(dir, "brand.json")) });
    expect(html).toContain(
      `<img class="brand-logo" src="data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}" alt="Acme">`,
    );
    expect(html).not.toMatch(/<script|onload=/);
  });

  it("uses the brand's local font file under npskit's own family name", async () => {
    const dir = tempDir("npskit-brand-");
    copyFileSync(
      defaultBrand().font.faces[0]!.file.replace("inter-latin-400", "inter-cyrillic-400"),
      join(dir, "Brand.woff2"),
    );
    writeFileSync(join(dir, "brand.json"), JSON.stringify({ name: 'Acme "Quotes"', font: "Brand.woff2" }));
    const html = await renderHtml(fixtureModel("ru"), { brand: await loadBrand(join(dir, "brand.json")) });
    expect(html).toContain('font-family: "Brand Font";');
    expect(html).toContain("font-weight: 400 700;");
    expect(html).not.toContain('Acme "Quotes"');
    expect(html).toContain("Acme &quot;Quotes&quot;");
  });
});

describe("renderHtml: the follow-up table", () => {
  const insights = (contacts: NonNullable<ReportModel["insights"]>["followUp"]) => ({
    ...fixtureModel("en"),
    insights: {
      themes: [],
      distinctiveTerms: [],
      drivers: [],
      followUp: contacts,
      goal: null,
      benchmark: null,
    },
  });

  it("lists the consenting detractors only when the model carries their names, escaped", async () => {
    const named = await renderHtml(
      insights({
        detractors: 3,
        consenting: 1,
        oldest: "2026-10-02T07:13:00Z",
        contacts: [
          { id: "r-1", score: 3, submittedAt: "2026-10-02T07:13:00Z", name: "<b>Ann</b>", email: "a@x.io" },
        ],
      }),
      { brand: defaultBrand("en") },
    );
    expect(named).toContain("Detractors who agreed to be contacted, oldest first");
    expect(named).toContain("&lt;b&gt;Ann&lt;/b&gt;");
    const counted = await renderHtml(
      insights({ detractors: 3, consenting: 1, oldest: "2026-10-02T07:13:00Z", contacts: [] }),
      { brand: defaultBrand("en") },
    );
    expect(counted).not.toContain("Detractors who agreed to be contacted, oldest first");
  });
});
