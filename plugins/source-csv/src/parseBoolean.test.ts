import { describe, expect, it } from "vitest";
import { parseBoolean } from "./parseBoolean.js";

describe("parseBoolean", () => {
  it.each<[string, boolean | null | undefined]>([
    ["yes", true],
    ["Yes", true],
    ["Y", true],
    ["TRUE", true],
    ["1", true],
    ["да", true],
    [" Да ", true],
    ["no", false],
    ["N", false],
    ["false", false],
    ["0", false],
    ["нет", false],
    ["НЕТ", false],
    ["", null],
    ["maybe", undefined],
    ["2", undefined],
  ])("%j → %j", (text, expected) => {
    expect(parseBoolean(text)).toBe(expected);
  });
});
