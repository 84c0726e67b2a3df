import { describe, expect, it } from "vitest";
import { ByteInterner } from "./byteInterner.js";

const field = (text: string) => {
  const bytes = Buffer.from(`;${text};`);
  return [bytes, 1, bytes.length - 1] as const;
};

describe("ByteInterner", () => {
  it("gives equal values one id, whether read from bytes (quoted or not) or given as text", () => {
    const interner = new ByteInterner();
    const europe = interner.intern(...field("Europe"), false);
    expect(interner.intern(...field("Europe"), false)).toBe(europe);
    expect(interner.intern(...field("Europe"), true)).toBe(europe);
    expect(interner.internString("Europe")).toBe(europe);
    const quoted = interner.intern(...field('Say ""hi""'), true);
    expect(interner.values[quoted]).toBe('Say "hi"');
    expect(interner.internString('Say "hi"')).toBe(quoted);
    expect(interner.intern(...field("Северо-Запад"), false)).not.toBe(europe);
    expect(interner.values).toEqual(["Europe", 'Say "hi"', "Северо-Запад"]);
  });

  it("tells apart values that share a cache slot", () => {
    const interner = new ByteInterner();
    // Same length and end bytes: the same slot of the direct-mapped cache.
    const ids = ["aXa", "aYa", "aXa", "aZa", "aYa"].map((v) => interner.intern(...field(v), false));
    expect(ids).toEqual([0, 1, 0, 2, 1]);
  });

  it("marks values the row mapper must see: spaces around them, too long", () => {
    const interner = new ByteInterner();
    const ids = ["APAC", " APAC", "APAC\u00a0", "x".repeat(1025), "x".repeat(1024)].map((v) =>
      interner.internString(v),
    );
    expect(ids.map((id) => interner.fast[id])).toEqual([true, false, false, false, true]);
  });
});
