import { QualityGateError } from "@npskit/core";
import { type CommandContext, type CommandOptions, NO_PROGRESS } from "../../commandContext.js";
import { progressLine } from "../../progress/progressLine.js";
import { parseSourceOverrides } from "../report/parseSourceOverrides.js";
import { formatValidate } from "./formatValidate.js";
import { runValidate } from "./runValidate.js";

/** `npskit validate`: reads every source, prints the accounting; `--fail-on-reject` makes rejections exit 3. */
export async function validateAction(options: CommandOptions, context: CommandContext): Promise<void> {
  const json = options.json === true;
  const progress = progressLine(json ? NO_PROGRESS : context.progress);
  const run = await runValidate({
    ...parseSourceOverrides(options),
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
