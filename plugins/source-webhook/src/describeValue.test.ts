import { describe, expect, it } from "vitest";
import { describeValue } from "./describeValue.js";

describe("describeValue", () => {
  it.each<[unknown, string]>([
    ["response_deleted", '"response_deleted"'],
    [undefined, "nothing"],
    [null, "null"],
    [42, "42"],
    [{ a: "x\ny" }, '{"a":"x\\ny"}'],
    ["y".repeat(100), `"${"y".repeat(58)}…`],
  ])("%j → %s", (value, expected) => {
    expect(describeValue(value)).toBe(expected);
  });
});
