import { describe, expect, it } from "vitest";
import { numberText, percentText, pluralText, signedText } from "./localeText.js";

describe("localeText", () => {
  it.each([
    ["en", 1234.56, 1, "1,234.6"],
    ["ru", 1234.56, 1, "1\u00a0234,6"],
    ["en", -2.5, 0, "\u22123"],
    ["ru", 0.25, 2, "0,25"],
  ] as const)("numberText(%s, %d, %d) = %s", (locale, value, decimals, text) => {
    expect(numberText(locale, value, decimals)).toBe(text);
  });

  it("signs differences and formats shares", () => {
    expect(signedText("en", 17.2)).toBe("+17");
    expect(signedText("ru", -4.4)).toBe("\u22124");
    expect(signedText("en", 0.2)).toBe("0");
    expect(percentText("en", 0.4234)).toBe("42%");
    expect(percentText("ru", 0.4234)).toBe("42\u00a0%");
  });

  it.each([
    [1, "1 ответ"],
    [3, "3 ответа"],
    [5, "5 ответов"],
    [21, "21 ответ"],
  ])("Russian plural of %d", (count, text) => {
    const forms = { one: "ответ", few: "ответа", many: "ответов", other: "ответа" };
    expect(pluralText("ru", count, forms).replace(/\u00a0/g, " ")).toBe(text);
  });
});
