import { describe, expect, it } from "vitest";
import {
  canonicalEncoding,
  type DetectedEncoding,
  detectEncoding,
  encodingOption,
} from "./detectEncoding.js";

const cyrillic1251 = [0xce, 0xf6, 0xe5, 0xed, 0xea, 0xe0]; // "Оценка"

describe("detectEncoding", () => {
  it.each<[string, number[], boolean, DetectedEncoding]>([
    ["ASCII", [0x69, 0x64, 0x2c], true, { encoding: "utf-8", bomLength: 0, evidence: "valid UTF-8" }],
    [
      "UTF-8 Cyrillic",
      [...Buffer.from("id;Оценка")],
      true,
      { encoding: "utf-8", bomLength: 0, evidence: "valid UTF-8" },
    ],
    [
      "UTF-8 BOM",
      [0xef, 0xbb, 0xbf, 0x69],
      true,
      { encoding: "utf-8", bomLength: 3, evidence: "byte order mark" },
    ],
    [
      "UTF-16LE BOM",
      [0xff, 0xfe, 0x69, 0],
      true,
      { encoding: "utf-16le", bomLength: 2, evidence: "byte order mark" },
    ],
    [
      "UTF-16BE BOM",
      [0xfe, 0xff, 0, 0x69],
      true,
      { encoding: "utf-16be", bomLength: 2, evidence: "byte order mark" },
    ],
    [
      "Windows-1251",
      [0x69, 0x3b, ...cyrillic1251],
      true,
      { encoding: "windows-1251", bomLength: 0, evidence: "not UTF-8" },
    ],
    [
      "UTF-16LE without BOM",
      [...Buffer.from("id\tscore\r\n", "utf16le")],
      true,
      { encoding: "utf-16le", bomLength: 0, evidence: "zero bytes" },
    ],
    [
      "UTF-16BE without BOM",
      [...Buffer.from("id\tscore\r\n", "utf16le").swap16()],
      true,
      { encoding: "utf-16be", bomLength: 0, evidence: "zero bytes" },
    ],
    // A sample that ends inside a character is still UTF-8 when more of the file follows…
    [
      "a cut character, more to come",
      [0x61, 0xd0],
      false,
      { encoding: "utf-8", bomLength: 0, evidence: "valid UTF-8" },
    ],
    // …but not when that is the whole file.
    [
      "a cut character at the end of the file",
      [0x61, 0xd0],
      true,
      { encoding: "windows-1251", bomLength: 0, evidence: "not UTF-8" },
    ],
    ["an empty file", [], true, { encoding: "utf-8", bomLength: 0, evidence: "valid UTF-8" }],
  ])("%s", (_, bytes, complete, expected) => {
    expect(detectEncoding(Uint8Array.from(bytes), complete)).toEqual(expected);
  });
});

describe("encodingOption", () => {
  it.each<[string, number[], DetectedEncoding | undefined]>([
    ["cp1251", [0x61], { encoding: "windows-1251", bomLength: 0, evidence: "option" }],
    ["UTF8", [0xef, 0xbb, 0xbf, 0x61], { encoding: "utf-8", bomLength: 3, evidence: "option" }],
    // A byte order mark of another encoding is not skipped: the option wins, byte for byte.
    [
      "windows-1251",
      [0xef, 0xbb, 0xbf, 0x61],
      { encoding: "windows-1251", bomLength: 0, evidence: "option" },
    ],
    ["utf-16", [0xff, 0xfe, 0x61, 0], { encoding: "utf-16le", bomLength: 2, evidence: "option" }],
    ["klingon", [0x61], undefined],
  ])("%s", (label, bytes, expected) => {
    expect(encodingOption(label, Uint8Array.from(bytes))).toEqual(expected);
  });

  it("knows the labels TextDecoder knows", () => {
    expect(canonicalEncoding("latin1")).toBe("windows-1252");
    expect(canonicalEncoding("KOI8-R")).toBe("koi8-r");
    expect(canonicalEncoding("nope")).toBeUndefined();
  });
});
