import { UsageError } from "@npskit/core";
import type { CommandContext, CommandOptions } from "../../commandContext.js";
import { displayPath } from "../../displayPath.js";
import { runNotebookFile } from "./runNotebookFile.js";

/** `npskit notebook run FILE`: runs every cell headless; a failing cell exits 1 naming the cell and line. */
export async function notebookRunAction(
  file: string,
  options: CommandOptions,
  context: CommandContext,
): Promise<void> {
  const timeout = options.timeout === undefined ? undefined : Number(options.timeout);
  if (timeout !== undefined && !(Number.isFinite(timeout) && timeout >= 0))
    throw new UsageError(`--timeout ${String(options.timeout)}: expected seconds, 0 for none`);
  const result = await runNotebookFile({
    file,
    params: (options.param as readonly string[] | undefined) ?? [],
    ...(typeof options.out === "string" && { out: options.out }),
    ...(typeof options.html === "string" && { html: options.html }),
    ...(timeout !== undefined && { timeoutMs: timeout * 1000 }),
  });
  const cells = result.run.notebook.cells.filter((cell) => cell.cell_type === "code").length;
  const seconds = (result.run.durationMs / 1000).toFixed(1);
  context.io.stdout.write(`ran ${cells} cells in ${seconds} s\nwrote ${displayPath(result.out)}\n`);
  if (result.html !== undefined) context.io.stdout.write(`wrote ${displayPath(result.html)}\n`);
}
