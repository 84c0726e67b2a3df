import { type CommandContext, type CommandOptions, NO_PROGRESS } from "../../commandContext.js";
import { progressLine } from "../../progress/progressLine.js";
import { parseSourceOverrides } from "../report/parseSourceOverrides.js";
import { formatConvert } from "./formatConvert.js";
import { runConvert } from "./runConvert.js";

/** `npskit convert`: reads every source, writes one Parquet file, prints what it wrote. */
export async function convertAction(options: CommandOptions, context: CommandContext): Promise<void> {
  const json = options.json === true;
  const progress = progressLine(json ? NO_PROGRESS : context.progress);
  const { outDir: _ignored, ...overrides } = parseSourceOverrides({ ...options, out: undefined });
  const run = await runConvert({
    ...overrides,
    out: String(options.out),
    signal: context.signal,
    onProgress: progress.update,
  }).finally(progress.done);
  context.io.stdout.write(json ? `${JSON.stringify(run, null, 2)}\n` : formatConvert(run));
}
