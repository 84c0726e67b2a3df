import { describe, expect, it } from "vitest";
import { parseJsonBody } from "./parseJsonBody.js";

describe("parseJsonBody", () => {
  it.each<[string, Uint8Array, ReturnType<typeof parseJsonBody>]>([
    ["an object", Buffer.from('{"a":1}'), { ok: true, value: { a: 1 } }],
    ["with a byte order mark", Buffer.from('\uFEFF{"a":1}'), { ok: true, value: { a: 1 } }],
    ["Cyrillic text", Buffer.from('{"c":"Отлично"}'), { ok: true, value: { c: "Отлично" } }],
    ["an empty body", Buffer.alloc(0), { ok: false, reason: "body is empty" }],
    ["whitespace", Buffer.from(" \n"), { ok: false, reason: "body is empty" }],
    ["invalid UTF-8", Buffer.from([0x7b, 0xff, 0x7d]), { ok: false, reason: "body is not valid UTF-8" }],
    [
      "a lone surrogate half in UTF-8",
      Buffer.from([0xed, 0xa0, 0x80]),
      { ok: false, reason: "body is not valid UTF-8" },
    ],
  ])("parses %s", (_name, body, expected) => {
    expect(parseJsonBody(body)).toEqual(expected);
  });

  it("says why JSON is broken, on one line", () => {
    const result = parseJsonBody(Buffer.from('{"a":\n1,}'));
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/^body is not valid JSON: /) });
    expect(result.ok ? "" : result.reason).not.toContain("\n");
  });

  it("throws for a body that is not bytes", () => {
    expect(() => parseJsonBody("{}" as unknown as Uint8Array)).toThrow(
      expect.objectContaining({ code: "NPSKIT_E_INVALID_ARGUMENT" }),
    );
  });
});
