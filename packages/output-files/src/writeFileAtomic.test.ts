import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeFileAtomic } from "./writeFileAtomic.js";

const dir = mkdtempSync(join(tmpdir(), "npskit-atomic-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("writeFileAtomic", () => {
  it("creates missing folders, replaces an existing file, and leaves no temporary file", async () => {
    const path = join(dir, "a", "b", "report.pdf");
    await writeFileAtomic(path, new TextEncoder().encode("first"));
    await writeFileAtomic(path, new TextEncoder().encode("second"));
    expect(readFileSync(path, "utf8")).toBe("second");
    expect(readdirSync(join(dir, "a", "b"))).toEqual(["report.pdf"]);
  });

  it("removes the temporary file when the rename fails", async () => {
    const target = join(dir, "taken");
    await writeFileAtomic(join(target, "inner.pdf"), new Uint8Array([1])); // `taken` is now a folder
    await expect(writeFileAtomic(target, new Uint8Array([2]))).rejects.toThrow(/EISDIR|ENOTEMPTY|EEXIST/);
    expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });
});
