import { QualityGateError } from "@npskit/core";
import { type CommandContext, type CommandOptions, NO_PROGRESS } from "../../commandContext.js";
import type { InputFormat } from "../../ingest/sourceForFile.js";
import { parseList } from "../../options/parseList.js";
import { progressLine } from "../../progress/progressLine.js";
import { formatValidate } from "./formatValidate.js";
import { runValidate } from "./runValidate.js";

/** `npskit validate`: reads every source, prints the accounting; `--fail-on-reject` makes rejections exit 3. */
export async function validateAction(options: CommandOptions, context: CommandContext): Promise<void> {
  const json = options.json === true;
  const progress = progressLine(json ? NO_PROGRESS : context.progress);
  const run = await runValidate({
    ...(options.config !== undefined && {
      config: options.config === false ? false : String(options.config),
    }),
    ...(options.input !== undefined && { input: parseList(options.input as string | string[]) }),
    ...(options.formatIn !== undefined && { inputFormat: options.formatIn as InputFormat }),
    ...(options.timeZone !== undefined && { timeZone: String(options.timeZone) }),
    ...(options.out !== undefined && { outDir: String(options.out) }),
    signal: context.signal,
    onProgress: progress.update,
  }).finally(progress.done);
  context.io.stdout.write(json ? `${JSON.stringify(run, null, 2)}\n` : formatValidate(run));
  if (options.failOnReject === true && run.accounting.rejected > 0) {
    throw new QualityGateError(
      `${run.accounting.rejected.toLocaleString("en")} of ${run.accounting.read.toLocaleString("en")} records were rejected (--fail-on-reject)`,
    );
  }
}
