import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { CellOutput } from "../format/notebook.js";
import { type CellFailure, errorOutput, exceptionFailure, kernelFailure } from "./cellFailure.js";
import type { HostMessage, WorkerMessage, WorkerSetup } from "./protocol.js";
import { type TranspiledCell, transpileCell } from "./transpileCell.js";
import { WorkerInterrupter } from "./workerInterrupter.js";

/** Options of a {@link Kernel}. */
export interface KernelOptions {
  /** The notebook's folder: relative imports and `load()` paths resolve from here. */
  readonly dir: string;
  /** Default time limit of a cell in ms; 0 for none. @default 600000 (10 minutes) */
  readonly timeoutMs?: number;
  /** Heap limit of the worker in MB: runaway allocation becomes an error, the host stays up. @default 2048 */
  readonly memoryLimitMb?: number;
  /**
   * The worker's file, for hosts that bundle or move this package (the VS Code extension).
   * @default `kernelWorker.js` next to this module
   */
  readonly workerFile?: string | URL;
}

/** Options of one {@link Kernel.execute}. */
export interface ExecuteOptions {
  /** This cell's time limit in ms, 0 for none. @default the kernel's */
  readonly timeoutMs?: number;
  /** How the cell is named in stack traces and errors. @default "cell" */
  readonly label?: string;
  /** Receives each output as it is produced (VS Code shows them live). */
  readonly onOutput?: (output: CellOutput) => void;
}

/** The outcome of one cell. */
export interface CellResult {
  readonly status: "ok" | "error";
  /** The kernel's running count, as Jupyter numbers cells: [1], [2], … */
  readonly executionCount: number;
  readonly durationMs: number;
  /** Streams (merged per name when consecutive), displays, the result and the error, in order. */
  readonly outputs: readonly CellOutput[];
  readonly error: CellFailure | undefined;
}

/** How long a worker in a cell has to answer a ping before it is taken to be stuck in synchronous code. */
const PING_MS = 150;
/** How long an interrupted cell has to unwind before the worker is replaced. */
const UNWIND_MS = 2_000;

interface Running {
  readonly id: number;
  readonly cell: TranspiledCell;
  readonly label: string;
  readonly outputs: CellOutput[];
  readonly onOutput: ((output: CellOutput) => void) | undefined;
  readonly finish: (failure: CellFailure | undefined) => void;
  stopping: "interrupted" | "timeout" | undefined;
}

/**
 * The npskit notebook kernel, headless: each cell is TypeScript, compiled with esbuild and evaluated in a
 * worker thread in REPL mode (see `kernelWorker.ts`). Cells run one at a time in call order.
 *
 * Stopping a cell ({@link interrupt}, or its time limit): a cell stuck in synchronous code is terminated by
 * the inspector and the kernel keeps its state; a cell still awaiting (an async runaway) cannot be stopped
 * that way, so the worker is replaced and the failure says the state was lost. Running out of the memory
 * limit also replaces the worker.
 *
 * @example
 * const kernel = new Kernel({ dir: process.cwd() });
 * await kernel.execute("const x = 1"); (await kernel.execute("x + 1")).outputs // [{ output_type: "execute_result", … }]
 * await kernel.dispose();
 */
export class Kernel {
  readonly #options: Required<Omit<KernelOptions, "workerFile">> & Pick<KernelOptions, "workerFile">;
  readonly #interrupter = new WorkerInterrupter();
  #worker: Worker | undefined;
  #ready: Promise<void> | undefined;
  #queue: Promise<unknown> = Promise.resolve();
  #running: Running | undefined;
  /** Counts interrupts: a cell asked for before an interrupt and not yet running is not run (as in Jupyter). */
  #interrupts = 0;
  #count = 0;
  #nextId = 1;
  #disposed = false;

  constructor(options: KernelOptions) {
    this.#options = { timeoutMs: 600_000, memoryLimitMb: 2048, ...options };
  }

  /** The number the next cell will get. */
  get executionCount(): number {
    return this.#count;
  }

  /** Runs one cell after the cells queued before it. Never rejects: failures are in the result. */
  execute(source: string, options: ExecuteOptions = {}): Promise<CellResult> {
    const interrupts = this.#interrupts;
    const run = this.#queue.then(() => this.#execute(source, options, interrupts));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** Stops the running cell, if any (see the class comment for what survives). */
  interrupt(): void {
    this.#interrupts += 1;
    if (this.#running !== undefined) void this.#stop(this.#running, "interrupted");
  }

  /** Replaces the worker: every variable is gone, the execution count starts again. */
  async restart(): Promise<void> {
    await this.#kill();
    this.#count = 0;
  }

  /** Stops the worker; the kernel cannot run cells afterwards. */
  async dispose(): Promise<void> {
    this.#disposed = true;
    await this.#kill();
    this.#interrupter.dispose();
  }

  async #execute(source: string, options: ExecuteOptions, interrupts: number): Promise<CellResult> {
    const started = performance.now();
    const executionCount = ++this.#count;
    const label = options.label ?? "cell";
    const outputs: CellOutput[] = [];
    const result = (failure: CellFailure | undefined): CellResult => {
      if (failure !== undefined) {
        const output = errorOutput(failure);
        outputs.push(output);
        options.onOutput?.(output);
      }
      return {
        status: failure === undefined ? "ok" : "error",
        executionCount,
        durationMs: performance.now() - started,
        outputs: mergeStreams(outputs),
        error: failure,
      };
    };
    if (this.#disposed)
      return result(kernelFailure("crashed", "KernelError", "the kernel was disposed", true));
    const id = this.#nextId++;
    let cell: TranspiledCell;
    try {
      cell = await transpileCell(source, `npskit-cell-${id}`);
    } catch (error) {
      const first = (error as { errors?: { text: string; location?: { line: number } }[] }).errors?.[0];
      const line = first?.location?.line;
      const message = `${first?.text ?? (error as Error).message}${line === undefined ? "" : ` (${label}:${line})`}`;
      return result(kernelFailure("syntax", "SyntaxError", message, false, line));
    }
    await this.#start();
    // Interrupted while queued, compiling or starting the worker: not run.
    if (this.#interrupts !== interrupts)
      return result(
        kernelFailure("interrupted", "InterruptedError", `${label} was interrupted before it started`, false),
      );
    const timeoutMs = options.timeoutMs ?? this.#options.timeoutMs;
    const failure = await new Promise<CellFailure | undefined>((finish) => {
      const running: Running = {
        id,
        cell,
        label,
        outputs,
        onOutput: options.onOutput,
        finish,
        stopping: undefined,
      };
      this.#running = running;
      // The inspector's own timeout stops synchronous code; this timer catches a cell still awaiting.
      const timer =
        timeoutMs > 0 ? setTimeout(() => void this.#stop(running, "timeout"), timeoutMs + 50) : undefined;
      const done = running.finish;
      (running as { finish: typeof done }).finish = (failure) => {
        clearTimeout(timer);
        if (this.#running === running) this.#running = undefined;
        done(failure);
      };
      this.#post({ type: "execute", id, code: cell.code, timeoutMs });
    });
    return result(failure);
  }

  #onMessage(message: WorkerMessage): void {
    const running = this.#running;
    if (
      message.type === "ready" ||
      message.type === "pong" ||
      running === undefined ||
      message.id !== running.id
    )
      return;
    if (message.type === "output") {
      const output =
        message.output.output_type === "execute_result"
          ? { ...message.output, execution_count: this.#count }
          : message.output;
      running.outputs.push(output);
      running.onOutput?.(output);
      return;
    }
    if (message.outcome === "ok") running.finish(undefined);
    else if (message.outcome === "terminated") {
      const why = running.stopping ?? "timeout";
      running.finish(
        kernelFailure(
          why,
          why === "timeout" ? "TimeoutError" : "InterruptedError",
          why === "timeout"
            ? `${running.label} ran past its time limit and was stopped; the kernel's state is kept`
            : `${running.label} was interrupted; the kernel's state is kept`,
          false,
        ),
      );
    } else running.finish(exceptionFailure(message.exception!, running.cell, running.label));
  }

  /** Stops a running cell: terminate synchronous code, else (the worker still answers) replace the worker. */
  async #stop(running: Running, why: "interrupted" | "timeout"): Promise<void> {
    if (running.stopping !== undefined || this.#running !== running) return;
    running.stopping = why;
    const worker = this.#worker!;
    const answered = await this.#ping(worker);
    if (this.#running !== running) return;
    if (!answered) {
      await this.#interrupter.interrupt(worker);
      await delay(UNWIND_MS);
      if (this.#running !== running) return;
    }
    const message =
      why === "timeout"
        ? `${running.label} was still running (awaiting) at its time limit; the kernel restarted and every variable was lost`
        : `${running.label} was still running (awaiting) when interrupted; the kernel restarted and every variable was lost`;
    await this.#kill();
    running.finish(
      kernelFailure(why, why === "timeout" ? "TimeoutError" : "InterruptedError", message, true),
    );
  }

  #ping(worker: Worker): Promise<boolean> {
    return new Promise((resolve) => {
      const id = this.#nextId++;
      const timer = setTimeout(() => {
        worker.off("message", onMessage);
        resolve(false);
      }, PING_MS);
      const onMessage = (message: WorkerMessage) => {
        if (message.type !== "pong" || message.id !== id) return;
        clearTimeout(timer);
        worker.off("message", onMessage);
        resolve(true);
      };
      worker.on("message", onMessage);
      worker.postMessage({ type: "ping", id } satisfies HostMessage);
    });
  }

  #post(message: HostMessage): void {
    this.#worker!.postMessage(message);
  }

  #start(): Promise<void> {
    if (this.#ready !== undefined) return this.#ready;
    const worker = new Worker(this.#options.workerFile ?? workerFile(), {
      workerData: { dir: this.#options.dir } satisfies WorkerSetup,
      resourceLimits: { maxOldGenerationSizeMb: this.#options.memoryLimitMb },
      stdout: false,
      stderr: false,
    });
    this.#worker = worker;
    this.#ready = new Promise<void>((resolve, reject) => {
      const onReady = (message: WorkerMessage) => {
        if (message.type !== "ready") return;
        worker.off("message", onReady);
        resolve();
      };
      worker.on("message", onReady);
      worker.once("error", reject);
    });
    worker.on("message", (message: WorkerMessage) => this.#onMessage(message));
    worker.on("error", (error: Error & { code?: string }) => {
      if (this.#worker !== worker) return;
      const memory = error.code === "ERR_WORKER_OUT_OF_MEMORY";
      this.#forget(worker);
      this.#running?.finish(
        memory
          ? kernelFailure(
              "memory",
              "MemoryLimitError",
              `${this.#running.label} ran out of the kernel's memory limit (${this.#options.memoryLimitMb} MB); the kernel restarted and every variable was lost`,
              true,
            )
          : kernelFailure(
              "crashed",
              error.name,
              `the kernel crashed: ${error.message}; every variable was lost`,
              true,
            ),
      );
    });
    worker.on("exit", (code) => {
      if (this.#worker !== worker) return;
      this.#forget(worker);
      this.#running?.finish(
        kernelFailure(
          "crashed",
          "KernelError",
          `the kernel exited (code ${code}); every variable was lost`,
          true,
        ),
      );
    });
    return this.#ready;
  }

  #forget(worker: Worker): void {
    if (this.#worker !== worker) return;
    this.#worker = undefined;
    this.#ready = undefined;
  }

  async #kill(): Promise<void> {
    const worker = this.#worker;
    if (worker === undefined) return;
    this.#forget(worker);
    await worker.terminate();
  }
}

/**
 * The worker's file. Built, it sits next to this module; when this module runs from source (the tests),
 * the built worker in `dist` is used, since worker threads do not compile TypeScript.
 */
function workerFile(): URL {
  const here = new URL("./kernelWorker.js", import.meta.url);
  if (existsSync(fileURLToPath(here))) return here;
  return new URL("../../dist/kernel/kernelWorker.js", import.meta.url);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Consecutive prints to the same stream become one output, as Jupyter stores them. */
function mergeStreams(outputs: readonly CellOutput[]): CellOutput[] {
  const merged: CellOutput[] = [];
  for (const output of outputs) {
    const last = merged.at(-1);
    if (output.output_type === "stream" && last?.output_type === "stream" && last.name === output.name) {
      merged[merged.length - 1] = { ...last, text: last.text + output.text };
    } else merged.push(output);
  }
  return merged;
}
