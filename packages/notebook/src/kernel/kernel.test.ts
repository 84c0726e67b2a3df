import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CellOutput } from "../format/notebook.js";
import { Kernel } from "./kernel.js";

let dir: string;
let kernel: Kernel;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "npskit-kernel-"));
  // An ES module project, as `npskit init` makes one: tsx then loads .ts files as ES modules.
  await writeFile(join(dir, "package.json"), '{ "type": "module" }\n');
  await writeFile(join(dir, "helper.ts"), "export const twice = (n: number): number => n * 2;\n");
  kernel = new Kernel({ dir, timeoutMs: 10_000, memoryLimitMb: 128 });
});

afterAll(async () => {
  await kernel.dispose();
  await rm(dir, { recursive: true, force: true });
});

/** The text/plain of a cell's result, or its stream text. */
function text(outputs: readonly CellOutput[]): string {
  return outputs
    .map((output) =>
      output.output_type === "stream"
        ? output.text
        : output.output_type === "error"
          ? `${output.ename}: ${output.evalue}`
          : String(output.data["text/plain"]),
    )
    .join("");
}

describe("Kernel", () => {
  it("keeps state across cells, lets a cell re-declare a const, and numbers executions", async () => {
    const first = await kernel.execute("const x: number = 1;\nx");
    const second = await kernel.execute("const x = 2;\nx + 40");
    expect(text(first.outputs)).toBe("1");
    expect(text(second.outputs)).toBe("42");
    expect(second.executionCount).toBe(first.executionCount + 1);
    expect(second.outputs[0]).toMatchObject({
      output_type: "execute_result",
      execution_count: second.executionCount,
    });
  });

  it("runs top-level await", async () => {
    const result = await kernel.execute(
      "const v = await new Promise<number>((r) => setTimeout(() => r(7), 5));\nv * 6",
    );
    expect(text(result.outputs)).toBe("42");
  });

  it("imports npskit packages and the user's own TypeScript modules relative to the notebook", async () => {
    const result = await kernel.execute(
      'import { nps as npsOfCounts } from "@npskit/core";\nimport { twice } from "./helper.ts";\ntwice(npsOfCounts({ promoters: 3, passives: 0, detractors: 1 }))',
    );
    expect(result.status).toBe("ok");
    expect(text(result.outputs)).toBe("100");
    // The binding stays for later cells.
    expect(text((await kernel.execute("twice(4)")).outputs)).toBe("8");
  });

  it("sends console.log to stdout and console.error to stderr, before the result", async () => {
    const result = await kernel.execute(
      'console.log("a", 1);\nconsole.log("b");\nconsole.error("c");\n"done"',
    );
    expect(result.outputs).toEqual([
      { output_type: "stream", name: "stdout", text: "a 1\nb\n" },
      { output_type: "stream", name: "stderr", text: "c\n" },
      expect.objectContaining({ output_type: "execute_result" }),
    ]);
  });

  it("shows records as an HTML table and JSON, and display() adds outputs", async () => {
    const result = await kernel.execute('display("first");\n[{ region: "<EU>", nps: 12.5 }]');
    expect(result.outputs[0]).toMatchObject({ output_type: "display_data", data: { "text/plain": "first" } });
    const data = (result.outputs[1] as { data: Record<string, unknown> }).data;
    expect(data["text/html"]).toContain("<td>&#60;EU&#62;</td>");
    expect(data["application/json"]).toEqual([{ region: "<EU>", nps: 12.5 }]);
  });

  it("maps an error's line to the cell and trims the stack to the cell", async () => {
    const source =
      "// a comment\n\ntype T = { a: number };\nfunction f(): T {\n  throw new RangeError('boom');\n}\nf();";
    const result = await kernel.execute(source, { label: "cell 9" });
    expect(result.status).toBe("error");
    expect(result.error).toMatchObject({ kind: "exception", name: "RangeError", message: "boom", line: 5 });
    expect(result.error!.stack).toContain("cell 9:5");
    expect(result.error!.stack).toContain("cell 9:7");
    expect(result.error!.stack).not.toContain("kernelWorker");
    expect(result.outputs.at(-1)).toMatchObject({
      output_type: "error",
      ename: "RangeError",
      evalue: "boom",
    });
  });

  it("reports a syntax error with its cell line", async () => {
    const result = await kernel.execute("const a = 1;\nconst = 2;", { label: "cell 2" });
    expect(result.error).toMatchObject({ kind: "syntax", line: 2, stateLost: false });
    expect(result.error!.message).toContain("cell 2:2");
  });

  it("stops a synchronous loop at the cell's timeout and keeps the state", async () => {
    await kernel.execute("const kept = 'still here'; globalThis.spins = 0;");
    const result = await kernel.execute("while (true) { globalThis.spins++; }", { timeoutMs: 300 });
    expect(result.error).toMatchObject({ kind: "timeout", stateLost: false });
    expect(text((await kernel.execute("kept")).outputs)).toBe("still here");
    expect(Number(text((await kernel.execute("globalThis.spins")).outputs))).toBeGreaterThan(0);
  });

  it("interrupts a synchronous loop and keeps the state", async () => {
    await kernel.execute("const before = 41;");
    const running = kernel.execute("let n = 0;\nwhile (true) { n++; }", { timeoutMs: 0 });
    setTimeout(() => kernel.interrupt(), 300);
    const result = await running;
    expect(result.error).toMatchObject({ kind: "interrupted", stateLost: false });
    expect(text((await kernel.execute("before + 1")).outputs)).toBe("42");
  });

  it("restarts the worker for an async runaway and says the state was lost", async () => {
    await kernel.execute("const doomed = 1;");
    const running = kernel.execute("setInterval(() => {}, 5);\nawait new Promise(() => {});", {
      timeoutMs: 0,
    });
    setTimeout(() => kernel.interrupt(), 300);
    const result = await running;
    expect(result.error).toMatchObject({ kind: "interrupted", stateLost: true });
    expect(result.error!.message).toContain("every variable was lost");
    expect(text((await kernel.execute("typeof doomed")).outputs)).toBe("undefined");
  });

  it("times out an async runaway by restarting", async () => {
    const result = await kernel.execute("await new Promise(() => {});", { timeoutMs: 200 });
    expect(result.error).toMatchObject({ kind: "timeout", stateLost: true });
  });

  it("turns runaway allocation into an error under the memory limit, with the host intact", async () => {
    const result = await kernel.execute(
      "const hog: number[][] = [];\nwhile (true) hog.push(new Array(100_000).fill(1));",
      {
        timeoutMs: 60_000,
      },
    );
    expect(result.error).toMatchObject({ kind: "memory", stateLost: true });
    expect(text((await kernel.execute("1 + 1")).outputs)).toBe("2");
  });
});

describe("Kernel interrupt before the worker is up", () => {
  it("does not run a cell interrupted while the kernel starts, and runs the next one", async () => {
    const fresh = new Kernel({ dir: process.cwd() });
    try {
      const first = fresh.execute("globalThis.ran = true");
      fresh.interrupt();
      expect((await first).error).toMatchObject({ kind: "interrupted", stateLost: false });
      expect(text((await fresh.execute("typeof globalThis.ran")).outputs)).toBe("undefined");
    } finally {
      await fresh.dispose();
    }
  });
});
