import { describe, expect, it } from "vitest";
import { completeUtf8Length, createChunkDecoder, type DecodedText } from "./chunkDecoder.js";

/** Decodes `bytes` split at the given offsets, joining texts and shifting invalid positions. */
function decodeSplit(encoding: string, bytes: Uint8Array, cuts: readonly number[]): DecodedText {
  const decoder = createChunkDecoder(encoding);
  let text = "";
  const invalid: number[] = [];
  const take = (part: DecodedText) => {
    invalid.push(...part.invalid.map((i) => i + text.length));
    text += part.text;
  };
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    take(decoder.decode(bytes.subarray(from, cut)));
    from = cut;
  }
  take(decoder.end());
  return { text, invalid };
}

const mixed = "id;оценка;😊 Ёж — “quotes”\r\n";

describe("createChunkDecoder", () => {
  it.each(["utf-8", "utf-16le", "utf-16be"])("decodes %s split at every byte", (encoding) => {
    const bytes =
      encoding === "utf-8"
        ? Buffer.from(mixed)
        : encoding === "utf-16le"
          ? Buffer.from(mixed, "utf16le")
          : Buffer.from(mixed, "utf16le").swap16();
    for (let cut = 0; cut <= bytes.length; cut++) {
      expect(decodeSplit(encoding, bytes, [cut]), `cut at ${cut}`).toEqual({ text: mixed, invalid: [] });
    }
    const everyByte = Array.from({ length: bytes.length }, (_, i) => i);
    expect(decodeSplit(encoding, bytes, everyByte)).toEqual({ text: mixed, invalid: [] });
  });

  it("decodes Windows-1251", () => {
    const bytes = Uint8Array.of(0xce, 0xf6, 0xe5, 0xed, 0xea, 0xe0, 0x3b, 0xb8, 0xb9);
    expect(decodeSplit("windows-1251", bytes, [3])).toEqual({ text: "Оценка;ё№", invalid: [] });
  });

  it.each<[string, number[], string, number[]]>([
    ["a Windows-1251 byte", [0x61, 0xee, 0x62], "a\uFFFDb", [1]],
    ["a lone continuation byte", [0x80, 0x3b], "\uFFFD;", [0]],
    ["a cut sequence before ASCII", [0xd0, 0x3b, 0xd0, 0x94], "\uFFFD;Д", [0]],
    ["an overlong encoding", [0xc0, 0xaf], "\uFFFD\uFFFD", [0, 1]],
    ["a surrogate", [0xed, 0xa0, 0x80, 0x78], "\uFFFD\uFFFD\uFFFDx", [0, 1, 2]],
    ["a truncated character at the end", [0x78, 0xe2, 0x82], "x\uFFFD", [1]],
    ["a real U+FFFD (valid UTF-8)", [0xef, 0xbf, 0xbd], "\uFFFD", []],
  ])("marks %s as invalid, keeping the ASCII around it", (_, bytes, text, invalid) => {
    const data = Uint8Array.from(bytes);
    expect(decodeSplit("utf-8", data, [])).toEqual({ text, invalid });
    for (let cut = 0; cut <= data.length; cut++) {
      expect(decodeSplit("utf-8", data, [cut]), `cut at ${cut}`).toEqual({ text, invalid });
    }
  });
});

describe("completeUtf8Length", () => {
  it.each<[number[], number]>([
    [[], 0],
    [[0x61], 1],
    [[0x61, 0xd0], 1],
    [[0xd0, 0x94], 2],
    [[0x61, 0xf0, 0x9f, 0x98], 1],
    [[0xf0, 0x9f, 0x98, 0x8a], 4],
    [[0x80, 0x80, 0x80, 0x80, 0x80], 5],
  ])("%j → %i", (bytes, length) => {
    expect(completeUtf8Length(Uint8Array.from(bytes))).toBe(length);
  });
});
