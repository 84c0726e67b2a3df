import { describe, expect, it } from "vitest";
import { assertRawBody } from "./assertRawBody.js";

describe("assertRawBody", () => {
  it.each<[string, unknown]>([
    ["a Buffer", Buffer.from("{}")],
    ["a Uint8Array", new Uint8Array([123, 125])],
    ["an empty Buffer", Buffer.alloc(0)],
  ])("accepts %s", (_name, body) => {
    expect(() => assertRawBody(body, "test")).not.toThrow();
  });

  it.each<[string, unknown, string]>([
    ["a string", "{}", "got string"],
    ["a parsed object", {}, "got object"],
    ["null", null, "got null"],
    ["an ArrayBuffer", new ArrayBuffer(2), "got object"],
  ])("refuses %s with NPSKIT_E_INVALID_ARGUMENT", (_name, body, got) => {
    expect(() => assertRawBody(body, "test")).toThrow(
      expect.objectContaining({ code: "NPSKIT_E_INVALID_ARGUMENT", message: expect.stringContaining(got) }),
    );
  });
});
