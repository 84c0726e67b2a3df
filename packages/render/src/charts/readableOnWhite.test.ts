import { describe, expect, it } from "vitest";
import { DEFAULT_COLORS } from "../brand/defaultColors.js";
import { contrastRatio } from "./contrastRatio.js";
import { readableOnWhite } from "./readableOnWhite.js";
import { textOnFill } from "./textOnFill.js";

describe("contrastRatio", () => {
  it.each([
    ["#000000", "#ffffff", 21],
    ["#ffffff", "#000000", 21],
    ["#777777", "#777777", 1],
  ])("%s on %s is %d:1", (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 5);
  });
});

describe("readableOnWhite", () => {
  it.each([
    [DEFAULT_COLORS.promoter, DEFAULT_COLORS.promoter],
    [DEFAULT_COLORS.detractor, DEFAULT_COLORS.detractor],
    [DEFAULT_COLORS.passive, "#8b8f95"],
    ["#ffffff", "#8c8c8c"],
  ])("%s reads as %s", (colour, expected) => {
    expect(readableOnWhite(colour)).toBe(expected);
    expect(contrastRatio(readableOnWhite(colour), "#ffffff")).toBeGreaterThanOrEqual(3);
  });
});

describe("textOnFill", () => {
  it.each([
    [DEFAULT_COLORS.promoter, "#ffffff"],
    [DEFAULT_COLORS.detractor, "#ffffff"],
    [DEFAULT_COLORS.passive, "#1f2937"],
    ["#fff3b0", "#1f2937"],
  ])("labels on %s are %s", (fill, expected) => {
    expect(textOnFill(fill)).toBe(expected);
  });
});
