import { describe, expect, it } from "vitest";
import { decodeBase64 } from "./decodeBase64.js";

describe("decodeBase64", () => {
  it.each<[string, string | undefined]>([
    ["aGk=", "6869"],
    ["aGk", "6869"],
    ["aGVsbG8=", "68656c6c6f"],
    ["aGVsbG8", "68656c6c6f"],
    ["", ""],
    ["+/+/", "fbffbf"],
    ["a*Gk=", undefined],
    ["aGk==", undefined],
    ["aGk=a", undefined],
    ["a", undefined],
    ["aGk= ", undefined],
    ["aG-k", undefined],
    ["aG_k", undefined],
    ["====", undefined],
  ])("decodes %j to %j", (text, hex) => {
    const bytes = decodeBase64(text);
    expect(bytes === undefined ? undefined : Buffer.from(bytes).toString("hex")).toBe(hex);
  });
});
