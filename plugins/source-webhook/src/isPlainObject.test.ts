import { describe, expect, it } from "vitest";
import { isPlainObject } from "./isPlainObject.js";

describe("isPlainObject", () => {
  it.each<[unknown, boolean]>([
    [{}, true],
    [{ a: 1 }, true],
    [[], false],
    [null, false],
    ["x", false],
    [1, false],
    [undefined, false],
  ])("%j → %s", (value, expected) => {
    expect(isPlainObject(value)).toBe(expected);
  });
});
