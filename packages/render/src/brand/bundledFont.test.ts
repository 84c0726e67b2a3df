import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BUNDLED_FONT_FAMILIES, bundledFont } from "./bundledFont.js";

describe("bundledFont", () => {
  it.each(BUNDLED_FONT_FAMILIES)("%s ships regular and strong weights in Latin and Cyrillic", (family) => {
    const font = bundledFont(family);
    expect(font.family).toBe(family);
    expect(font.faces).toHaveLength(4);
    for (const face of font.faces) {
      expect(existsSync(face.file)).toBe(true);
      expect(face.format).toBe("woff2");
      expect(face.unicodeRange).toMatch(/^U\+/);
    }
    expect(new Set(font.faces.map((face) => face.weight.min))).toEqual(new Set([400, font.strongWeight]));
    expect(font.faces.filter((face) => face.file.includes("-cyrillic-"))).toHaveLength(2);
  });

  it("uses bold for PT Sans, which has no semibold", () => {
    expect(bundledFont("PT Sans").strongWeight).toBe(700);
    expect(bundledFont("Inter").strongWeight).toBe(600);
  });
});
