import { readFileSync } from "node:fs";
import * as fontkit from "fontkit";
import { describe, expect, it } from "vitest";
import { bundledFont } from "../brand/bundledFont.js";
import { createTextMeasurer, measureText } from "./textMeasurer.js";

const inter = bundledFont("Inter");

/** fontkit's own width of `text` in one file, in px: the reference the measurer must agree with. */
function fontkitWidth(file: string, text: string, size: number): number {
  const font = fontkit.create(readFileSync(file)) as fontkit.Font;
  return (font.layout(text).advanceWidth / font.unitsPerEm) * size;
}

describe("measureText", () => {
  const cyrillic400 = inter.faces.find((face) => face.weight.min === 400 && face.file.includes("cyrillic"))!;

  it("measures a long Russian label with the Cyrillic subset's real advance widths", () => {
    const label = "Удовлетворённость клиентов";
    // A pure-Cyrillic run: same file, same size, same number.
    expect(measureText(inter, label.replace(" ", ""), 12, 400)).toBeCloseTo(
      fontkitWidth(cyrillic400.file, label.replace(" ", ""), 12),
      6,
    );
    // With a space (Latin subset) the sum of both files' widths, within a pixel of kerning.
    const mixed = measureText(inter, label, 12, 400);
    expect(Math.abs(mixed - fontkitWidth(cyrillic400.file, label, 12))).toBeLessThan(1);
    // ECharts' own estimate counts every non-ASCII character as 1 em: about twice too wide.
    expect(label.length * 12).toBeGreaterThan(mixed * 1.6);
  });

  it("is wider in bold, and scales with the size", () => {
    const regular = measureText(inter, "Северная Америка", 11, 400);
    expect(measureText(inter, "Северная Америка", 11, 600)).toBeGreaterThan(regular);
    expect(measureText(inter, "Северная Америка", 22, 400)).toBeCloseTo(regular * 2, 6);
  });

  it("counts a character no face has as 0.6 em instead of failing", () => {
    expect(measureText(inter, "国", 10, 400)).toBeCloseTo(6, 6);
  });

  it.each(["PT Sans", "Noto Sans"] as const)("measures %s too", (family) => {
    const width = measureText(bundledFont(family), "Промоутеры", 11, 400);
    expect(width).toBeGreaterThan(40);
    expect(width).toBeLessThan(80);
  });
});

describe("createTextMeasurer", () => {
  it("reads size and weight from the CSS font shorthand ECharts passes", () => {
    const measure = createTextMeasurer(inter);
    expect(measure("Европа", "normal normal 11px 'Inter', sans-serif").width).toBeCloseTo(
      measureText(inter, "Европа", 11, 400),
      6,
    );
    expect(measure("Европа", "normal 600 11px 'Inter', sans-serif").width).toBeCloseTo(
      measureText(inter, "Европа", 11, 600),
      6,
    );
    expect(measure("Европа", "bold 14px sans-serif").width).toBeCloseTo(
      measureText(inter, "Европа", 14, 700),
      6,
    );
  });
});
