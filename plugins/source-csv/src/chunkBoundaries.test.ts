import { closeSync, openSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chunkBoundaries } from "./chunkBoundaries.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "npskit-chunks-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function boundaries(text: string, dataStart: number, chunkBytes: number) {
  const path = join(dir, "file.csv");
  writeFileSync(path, text);
  const fd = openSync(path, "r");
  try {
    return chunkBoundaries(fd, dataStart, Buffer.byteLength(text), chunkBytes);
  } finally {
    closeSync(fd);
  }
}

describe("chunkBoundaries", () => {
  it("starts every chunk on a line start and covers the data exactly once", () => {
    const text = "h\naaaa\nbb\ncccccc\nd\n";
    const tasks = boundaries(text, 2, 3);
    expect(tasks).toEqual([
      { index: 0, start: 2, ownedEnd: 7 },
      { index: 1, start: 7, ownedEnd: 10 },
      { index: 2, start: 10, ownedEnd: 17 },
      { index: 3, start: 17, ownedEnd: 19 },
    ]);
    for (const task of tasks.slice(1)) expect(text[task.start - 1]).toBe("\n");
  });

  it("makes one chunk of a file without line breaks after the first, or of a small one", () => {
    expect(boundaries(`h\n${"x".repeat(200_000)}`, 2, 10)).toEqual([
      { index: 0, start: 2, ownedEnd: 200_002 },
    ]);
    expect(boundaries("h\na\nb\n", 2, 1 << 20)).toEqual([{ index: 0, start: 2, ownedEnd: 6 }]);
  });
});
