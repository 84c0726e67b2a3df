import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ConfigError, InputError } from "@npskit/core";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { tempDir } from "../../test/printPdf.js";
import { bundledFont } from "./bundledFont.js";
import { loadBrand } from "./loadBrand.js";

const EXAMPLE = new URL("../../../../examples/monthly-report/brand/brand.json", import.meta.url).pathname;

/** Writes a brand folder with `brand.json` and the given extra files; returns the brand file's path. */
function brandDir(brand: unknown, files: Record<string, string | Buffer> = {}): string {
  const dir = tempDir("npskit-brand-");
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  writeFileSync(join(dir, "brand.json"), JSON.stringify(brand));
  return join(dir, "brand.json");
}

async function thrown(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected a rejection");
}

describe("loadBrand", () => {
  it("loads the example brand: the SVG logo embedded as an image data: URI, Inter, A4, the footer", async () => {
    const brand = await loadBrand(EXAMPLE);
    expect(brand.name).toBe("Northwind Analytics");
    expect(brand.logo?.mediaType).toBe("image/svg+xml");
    expect(brand.logo?.dataUri).toMatch(/^data:image\/svg\+xml;base64,[A-Za-z0-9+/]+=*$/);
    expect(brand.font.family).toBe("Inter");
    expect(brand.colors.primary).toBe("#0f3b57");
    expect([brand.pageSize, brand.locale]).toEqual(["A4", "en"]);
    expect(brand.footer).toContain("Confidential");
    expect(Object.isFrozen(brand)).toBe(true);
  });

  it("fills every colour left out from the defaults", async () => {
    const brand = await loadBrand(brandDir({ name: "Acme", colors: { primary: "#112233" } }));
    expect(brand.colors).toEqual({
      primary: "#112233",
      accent: "#3a7ca5",
      promoter: "#2a8a6e",
      passive: "#b9bec7",
      detractor: "#c4513f",
    });
    expect([brand.logo, brand.footer, brand.pageSize, brand.locale]).toEqual([null, null, "A4", "en"]);
  });

  it("resolves the logo and font paths relative to the brand file, and reads a PNG", async () => {
    const png = new PNG({ width: 2, height: 2 });
    const file = brandDir(
      { name: "Acme", logo: "assets/logo.png", font: "fonts/Acme.woff", fontBold: "fonts/Acme-Bold.woff2" },
      { "assets/logo.png": PNG.sync.write(png) },
    );
    const pt = bundledFont("PT Sans");
    mkdirSync(join(file, "../fonts"));
    copyFileSync(pt.faces[0]!.file.replace(/\.woff2$/, ".woff"), join(file, "../fonts/Acme.woff"));
    copyFileSync(pt.faces[2]!.file, join(file, "../fonts/Acme-Bold.woff2"));
    const brand = await loadBrand(file);
    expect(brand.logo?.dataUri.startsWith("data:image/png;base64,iVBORw0KGgo")).toBe(true);
    expect(brand.font).toMatchObject({ family: "Brand Font", source: "file", strongWeight: 700 });
    expect(brand.font.faces.map((face) => [face.format, face.weight])).toEqual([
      ["woff", { min: 400, max: 400 }],
      ["woff2", { min: 700, max: 700 }],
    ]);
  });

  it("lets a single local font file serve bold too, rather than have it synthesized", async () => {
    const file = brandDir({ name: "Acme", font: "Acme.woff2" });
    copyFileSync(bundledFont("Inter").faces[0]!.file, join(file, "../Acme.woff2"));
    const brand = await loadBrand(file);
    expect(brand.font.faces.map((face) => face.weight)).toEqual([{ min: 400, max: 700 }]);
  });

  it("names the key of a file that is missing, not an image, or not a font", async () => {
    const file = brandDir(
      { name: "Acme", logo: "logo.svg", font: "font.ttf" },
      { "logo.svg": "<html>not an svg</html>", "font.ttf": "not a font" },
    );
    const error = await thrown(loadBrand(file));
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).code).toBe("NPSKIT_E_CONFIG");
    expect((error as ConfigError).location).toEqual({ file });
    expect((error as ConfigError).issues.map((issue) => issue.pointer)).toEqual(["logo", "font"]);
    expect(error.message.replaceAll(join(file, ".."), "<dir>")).toMatchInlineSnapshot(
      `"logo: <dir>/logo.svg is not an SVG file (no <svg> element); font: <dir>/font.ttf is not a readable font file (woff2, woff or ttf)"`,
    );
    const missing = await thrown(loadBrand(brandDir({ name: "Acme", logo: "gone.png" })));
    expect(missing.message).toMatch(/^logo: cannot read .*gone\.png: no such file$/);
  });

  it("refuses fontBold with a bundled family", async () => {
    const error = await thrown(loadBrand(brandDir({ name: "Acme", font: "Inter", fontBold: "x.woff2" })));
    expect(error.message).toBe('fontBold: is only for a local font file; "Inter" ships its own bold');
  });

  it("reports schema problems by key with the brand file as location", async () => {
    const file = brandDir({ name: "Acme", colors: { primary: "navy" }, pagesize: "A4" });
    const error = (await thrown(loadBrand(file))) as ConfigError;
    expect(error.message).toMatchInlineSnapshot(
      `"pagesize: is not a known property (did you mean "pageSize"?); colors.primary: must be a colour as #rrggbb, like "#1b365d" (got "navy")"`,
    );
    expect(error.location).toEqual({ file });
  });

  it("fails with InputError for a missing brand file and ConfigError for broken JSON", async () => {
    const dir = tempDir();
    const missing = await thrown(loadBrand(join(dir, "nope.json")));
    expect(missing).toBeInstanceOf(InputError);
    expect(missing.message).toBe(`cannot read ${join(dir, "nope.json")}: no such file`);
    writeFileSync(join(dir, "bad.json"), "{ name: Acme }");
    const bad = await thrown(loadBrand(join(dir, "bad.json")));
    expect(bad).toBeInstanceOf(ConfigError);
    expect(bad.message).toMatch(/bad\.json is not valid JSON/);
  });
});
