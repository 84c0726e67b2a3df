import { describe, expect, it } from "vitest";
import { createGroupCommitter } from "./groupCommitter.js";

describe("createGroupCommitter", () => {
  it("commits what arrives in one turn as one batch, and settles only after the commit", async () => {
    const batches: number[][] = [];
    const committer = createGroupCommitter((ops: readonly number[]) => {
      batches.push([...ops]);
      return ops.map((op) =>
        op === 3 ? { ok: false, error: new Error("three") } : { ok: true, value: op * 2 },
      );
    });
    const results = await Promise.allSettled([1, 2, 3, 4].map((op) => committer.submit(op)));
    expect(batches).toEqual([[1, 2, 3, 4]]);
    expect(results.map((r) => (r.status === "fulfilled" ? r.value : (r.reason as Error).message))).toEqual([
      2,
      4,
      "three",
      8,
    ]);
  });

  it("commits a full batch at once and splits the rest", async () => {
    const batches: number[] = [];
    const committer = createGroupCommitter(
      (ops: readonly number[]) => {
        batches.push(ops.length);
        return ops.map((op) => ({ ok: true, value: op }));
      },
      { maxBatch: 3 },
    );
    await Promise.all([1, 2, 3, 4, 5, 6, 7].map((op) => committer.submit(op)));
    expect(batches).toEqual([3, 3, 1]);
  });

  it("fails every operation of a batch whose transaction threw, and refuses work after close", async () => {
    const committer = createGroupCommitter((): never => {
      throw new Error("disk full");
    });
    await expect(committer.submit(1)).rejects.toThrow("disk full");
    await committer.close();
    await expect(committer.submit(2)).rejects.toThrow("the store is closed");
  });

  it("gathers what arrives during an asynchronous commit into the next batch, one batch in flight", async () => {
    const batches: number[][] = [];
    let release: (() => void) | undefined;
    const committer = createGroupCommitter(async (ops: readonly number[]) => {
      batches.push([...ops]);
      if (batches.length === 1) await new Promise<void>((resolve) => (release = resolve));
      return ops.map((op) => ({ ok: true as const, value: op }));
    });
    const first = committer.submit(1);
    await new Promise((resolve) => setImmediate(resolve));
    const later = [2, 3, 4].map((op) => committer.submit(op));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(batches).toEqual([[1]]);
    expect(committer.pending).toBe(4);
    release!();
    expect(await Promise.all([first, ...later])).toEqual([1, 2, 3, 4]);
    expect(batches).toEqual([[1], [2, 3, 4]]);
    await committer.close();
  });
});
