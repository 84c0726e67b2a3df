// The adapter against the real kernel; only the `vscode` module's classes are a minimal stand-in (VS Code
// itself cannot run here), shaped like the stable API: data classes and a controller that records executions.
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type * as vscode from "vscode";
import { npsnbController } from "./npsnbController.js";
import { npsnbSerializer } from "./npsnbSerializer.js";
import type { VscodeApi } from "./vscodeApi.js";

const encoder = new TextEncoder();
class NotebookCellOutputItem {
  constructor(
    readonly data: Uint8Array,
    readonly mime: string,
  ) {}
  static text = (value: string, mime = "text/plain") =>
    new NotebookCellOutputItem(encoder.encode(value), mime);
  static json = (value: unknown, mime = "text/x-json") =>
    new NotebookCellOutputItem(encoder.encode(JSON.stringify(value)), mime);
  static stdout = (value: string) =>
    NotebookCellOutputItem.text(value, "application/vnd.code.notebook.stdout");
  static stderr = (value: string) =>
    NotebookCellOutputItem.text(value, "application/vnd.code.notebook.stderr");
  static error = (error: Error) =>
    NotebookCellOutputItem.json(
      { name: error.name, message: error.message, stack: error.stack },
      "application/vnd.code.notebook.error",
    );
}
class NotebookCellOutput {
  constructor(
    readonly items: NotebookCellOutputItem[],
    readonly metadata?: Record<string, unknown>,
  ) {}
}
class NotebookCellData {
  outputs?: NotebookCellOutput[];
  metadata?: Record<string, unknown>;
  executionSummary?: { executionOrder?: number };
  constructor(
    readonly kind: number,
    readonly value: string,
    readonly languageId: string,
  ) {}
}
class NotebookData {
  metadata?: Record<string, unknown>;
  constructor(readonly cells: NotebookCellData[]) {}
}

interface Execution {
  order: number | undefined;
  success: boolean | undefined;
  outputs: NotebookCellOutput[];
}
const executions: Execution[] = [];
const fakeController = {
  dispose: () => undefined,
  createNotebookCellExecution: () => {
    const record: Execution = { order: undefined, success: undefined, outputs: [] };
    executions.push(record);
    return {
      start: () => undefined,
      clearOutput: async () => undefined,
      appendOutput: async (output: NotebookCellOutput) => void record.outputs.push(output),
      set executionOrder(order: number) {
        record.order = order;
      },
      end: (success: boolean) => {
        record.success = success;
      },
    };
  },
} as Record<string, unknown>;
const api = {
  NotebookCellData,
  NotebookCellKind: { Markup: 1, Code: 2 },
  NotebookCellOutput,
  NotebookCellOutputItem,
  NotebookData,
  notebooks: { createNotebookController: () => fakeController },
} as unknown as VscodeApi;

const EXAMPLE = resolve(import.meta.dirname, "../../../examples/notebooks/monthly-analysis.npsnb");
const controller = npsnbController(api);
afterAll(() => controller.disposeKernels());

describe("the VS Code adapter", () => {
  it("declares TypeScript, execution order and interrupt", () => {
    expect(controller.supportedLanguages).toEqual(["typescript"]);
    expect(controller.supportsExecutionOrder).toBe(true);
    expect(typeof controller.interruptHandler).toBe("function");
  });

  it("opens the example, runs every cell with the real kernel, shows HTML and SVG, and saves it back", async () => {
    const serializer = npsnbSerializer(api);
    const data = (await serializer.deserializeNotebook(
      await readFile(EXAMPLE),
      {} as vscode.CancellationToken,
    )) as unknown as NotebookData;
    const code = data.cells.filter((cell) => cell.kind === 2);
    expect(code[0]!.languageId).toBe("typescript");
    const uri = { toString: () => `file://${EXAMPLE}`, fsPath: EXAMPLE };
    const cells = code.map((cell, index) => ({ index, document: { getText: () => cell.value } }));
    executions.length = 0;
    await controller.executeHandler(cells as never, { uri } as never, controller);
    expect(executions.map((e) => e.success)).toEqual(code.map(() => true));
    expect(executions.map((e) => e.order)).toEqual(code.map((_, index) => index + 1));
    const mimes = executions.flatMap((e) => e.outputs.flatMap((o) => o.items.map((item) => item.mime)));
    expect(mimes).toEqual(expect.arrayContaining(["text/html", "image/svg+xml", "text/plain"]));
    // A table is shown as HTML, not as JSON (VS Code would prefer the JSON).
    const headline = executions[2]!.outputs[0]!;
    expect(headline.items.map((item) => item.mime)).toEqual(["text/html", "text/plain"]);

    // Saving keeps the format: the outputs come back as nbformat MIME bundles.
    code.forEach((cell, index) => {
      cell.outputs = executions[index]!.outputs;
      cell.executionSummary = { executionOrder: index + 1 };
    });
    const saved = JSON.parse(
      new TextDecoder().decode(await serializer.serializeNotebook(data as never, {} as never)),
    );
    expect(saved.metadata.kernelspec.name).toBe("npskit");
    const savedCode = saved.cells.filter((cell: { cell_type: string }) => cell.cell_type === "code");
    expect(savedCode.at(-1).outputs[0].data["text/html"]).toMatch(/^<!doctype html>/i);
    expect(savedCode.find((c: { id: string }) => c.id === "parameters").metadata.tags).toEqual([
      "parameters",
    ]);
  });

  it("interrupts a synchronous loop through the kernel and keeps the state", async () => {
    const uri = { toString: () => "file:///tmp/loop.npsnb", fsPath: resolve(dirname(EXAMPLE), "loop.npsnb") };
    executions.length = 0;
    // The first cell starts the kernel; the loop is interrupted once it runs.
    await controller.executeHandler(
      [{ index: 0, document: { getText: () => "const kept = 7;" } }] as never,
      { uri } as never,
      controller,
    );
    setTimeout(() => controller.interruptHandler!({ uri } as never), 500);
    await controller.executeHandler(
      [{ index: 1, document: { getText: () => "while (true) {}" } }] as never,
      { uri } as never,
      controller,
    );
    expect(executions.map((e) => e.success)).toEqual([true, false]);
    await controller.executeHandler(
      [{ index: 2, document: { getText: () => "kept * 6" } }] as never,
      { uri } as never,
      controller,
    );
    const last = executions.at(-1)!.outputs[0]!.items[0]!;
    expect(new TextDecoder().decode(last.data)).toBe("42");
  });
});
