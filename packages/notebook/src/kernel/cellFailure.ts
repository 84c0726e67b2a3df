import type { CellOutput } from "../format/notebook.js";
import type { RawException } from "./protocol.js";
import { cellLineOf, type TranspiledCell } from "./transpileCell.js";

/** Why a cell failed. */
export type FailureKind = "exception" | "syntax" | "interrupted" | "timeout" | "memory" | "crashed";

/** A failed cell: what happened, where in the cell, and whether the kernel's state survived. */
export interface CellFailure {
  readonly kind: FailureKind;
  readonly name: string;
  readonly message: string;
  /** 1-based line in the cell's own source, when known. */
  readonly line: number | undefined;
  /** The stack cut to the cell's frames, with cell line numbers. */
  readonly stack: string;
  /** True when the kernel had to restart: every variable of earlier cells is gone. */
  readonly stateLost: boolean;
}

/**
 * Turns what the worker caught into the user's terms: frames of the cell script get their cell line
 * (through the source map) and are labelled `label:line`; frames below the cell's last one (the kernel's own)
 * are cut off.
 */
export function exceptionFailure(exception: RawException, cell: TranspiledCell, label: string): CellFailure {
  const frame = new RegExp(`${escapeRegExp(cell.url)}:(\\d+):(\\d+)`, "g");
  let line: number | undefined;
  const lines = (exception.stack ?? `${exception.name}: ${exception.message}`).split("\n");
  let lastCellFrame = -1;
  lines.forEach((text, index) => {
    if (text.includes(cell.url)) lastCellFrame = index;
  });
  const kept = (
    lastCellFrame >= 0 ? lines.slice(0, lastCellFrame + 1) : lines.filter((t) => !/^\s+at /.test(t))
  ).map((text) =>
    text.replace(frame, (_, generatedLine: string, column: string) => {
      const mapped = cellLineOf(cell, Number(generatedLine), Number(column));
      line ??= mapped;
      return `${label}:${mapped ?? "?"}`;
    }),
  );
  if (line === undefined && exception.line !== undefined && exception.column !== undefined) {
    line = cellLineOf(cell, exception.line, exception.column);
  }
  return {
    kind: "exception",
    name: exception.name,
    message: exception.message,
    line,
    stack: kept.join("\n"),
    stateLost: false,
  };
}

/** A failure the kernel itself observed (syntax, interrupt, timeout, memory, crash). */
export function kernelFailure(
  kind: Exclude<FailureKind, "exception">,
  name: string,
  message: string,
  stateLost: boolean,
  line?: number,
): CellFailure {
  return { kind, name, message, line, stack: `${name}: ${message}`, stateLost };
}

/** The nbformat error output of a failure. */
export function errorOutput(failure: CellFailure): CellOutput {
  return {
    output_type: "error",
    ename: failure.name,
    evalue: failure.message,
    traceback: failure.stack.split("\n"),
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
