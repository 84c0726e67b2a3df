import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { silentLogger } from "@npskit/core";
import { describe, expect, it } from "vitest";
import { reportModel } from "../test/reportModel.js";
import { html } from "./htmlOutput.js";

const context = (outDir: string) => ({ outDir, signal: new AbortController().signal, logger: silentLogger });
const outDir = () => mkdtempSync(join(tmpdir(), "npskit-html-"));
const EXAMPLE_BRAND = new URL("../../../examples/monthly-report/brand/brand.json", import.meta.url).pathname;

describe("html output", () => {
  it("writes nps-{period}.html: one self-contained document, atomically", async () => {
    const dir = outDir();
    const output = html({ brand: EXAMPLE_BRAND });
    expect(output.name).toBe("npskit:html");
    expect(await output.write(reportModel(), context(dir))).toEqual({
      files: [join(dir, "nps-2026-10.html")],
    });
    expect(readdirSync(dir)).toEqual(["nps-2026-10.html"]);
    const text = readFileSync(join(dir, "nps-2026-10.html"), "utf8");
    expect(text.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(text).toContain("Content-Security-Policy");
    expect(text).toContain('alt="Northwind Analytics"');
    expect(text).not.toMatch(/https?:\/\//);
  });

  it("is deterministic across writes and outputs", async () => {
    const [a, b] = [outDir(), outDir()];
    await html({ brand: EXAMPLE_BRAND }).write(reportModel("ru"), context(a));
    await html({ brand: EXAMPLE_BRAND }).write(reportModel("ru"), context(b));
    expect(readFileSync(join(a, "nps-2026-10.html"))).toEqual(readFileSync(join(b, "nps-2026-10.html")));
  });

  it("uses the default brand in the report's language without a brand", async () => {
    const dir = outDir();
    await html().write(reportModel("ru"), context(dir));
    const text = readFileSync(join(dir, "nps-2026-10.html"), "utf8");
    expect(text).toContain('<html lang="ru">');
    expect(text).toContain('<span class="brand-name">npskit</span>');
  });

  it("reports a broken brand file by key, and writes nothing", async () => {
    const dir = outDir();
    const brand = join(dir, "brand.json");
    writeFileSync(brand, JSON.stringify({ name: "Acme", colors: { primary: "blue" } }));
    await expect(html({ brand }).write(reportModel(), context(join(dir, "out")))).rejects.toMatchObject({
      code: "NPSKIT_E_CONFIG",
      message: expect.stringContaining("colors.primary: must be a colour as #rrggbb"),
    });
    expect(readdirSync(dir)).toEqual(["brand.json"]);
  });

  it("takes a template folder and a file name pattern", async () => {
    const dir = outDir();
    const templates = join(dir, "templates");
    mkdirSync(templates);
    writeFileSync(join(templates, "layout.hbs"), "<p class=mine>{{nps model.overall.displayed}}</p>");
    const result = await html({ templateDir: templates, fileName: "html/{scope}-{period}.html" }).write(
      reportModel(),
      context(join(dir, "out")),
    );
    expect(result?.files).toEqual([join(dir, "out", "html", "all-2026-10.html")]);
    expect(readFileSync(join(dir, "out", "html", "all-2026-10.html"), "utf8")).toContain(
      "<p class=mine>33</p>",
    );
    expect(() => html({ fileName: "report.htm" })).toThrow('must end in ".html"');
  });
});
