import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as fontkit from "fontkit";
import { describe, expect, it } from "vitest";
import { BUNDLED_FONT_FAMILIES, bundledFont } from "../brand/bundledFont.js";
import { defaultTemplateDir } from "./defaultTemplateDir.js";

type Strings = { [key: string]: string | Strings };
const load = (locale: string) =>
  JSON.parse(readFileSync(join(defaultTemplateDir(), "locales", `${locale}.json`), "utf8")) as Strings;

/** Every key path of a locale file, plural forms collapsed into their key. */
function keys(strings: Strings, prefix = ""): string[] {
  return Object.entries(strings).flatMap(([key, value]) => {
    const path = prefix === "" ? key : `${prefix}.${key}`;
    if (typeof value === "string") return [path];
    return "other" in value ? [path] : keys(value, path);
  });
}

function texts(strings: Strings): string[] {
  return Object.values(strings).flatMap((value) => (typeof value === "string" ? [value] : texts(value)));
}

describe("locale strings", () => {
  it("en and ru have the same keys", () => {
    expect(keys(load("ru")).sort()).toEqual(keys(load("en")).sort());
  });

  it("Russian plurals have the one, few and many forms", () => {
    const plurals = (strings: Strings): Strings[] =>
      Object.values(strings).flatMap((value) =>
        typeof value === "string" ? [] : "other" in value ? [value] : plurals(value),
      );
    for (const forms of plurals(load("ru")))
      expect(Object.keys(forms).sort()).toEqual(["few", "many", "one", "other"]);
  });

  it.each(BUNDLED_FONT_FAMILIES)(
    "every character of the templates' words is in %s (Latin + Cyrillic files)",
    (family) => {
      // A character outside the embedded subsets would print in a fallback font: a second family in the PDF.
      const fonts = bundledFont(family).faces.map(
        (face) => fontkit.create(readFileSync(face.file)) as fontkit.Font,
      );
      const characters = new Set([...texts(load("en")), ...texts(load("ru"))].join("").replace(/\s/g, ""));
      const missing = [...characters].filter(
        (char) => !fonts.some((font) => font.hasGlyphForCodePoint(char.codePointAt(0) ?? 0)),
      );
      expect(missing).toEqual([]);
    },
  );
});
