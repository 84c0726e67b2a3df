import { appendFile, mkdir } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { assertReportModel, defineOutput, type ReportModel } from "@npskit/core";
import { checkFileNamePattern, outputFile, writeFileAtomic } from "@npskit/output-files";
import { markdownSummary } from "./markdownSummary.js";

/** Options of the Markdown output. */
export interface MarkdownOutputOptions {
  /**
   * File name in the output folder; `{period}` is the period key, `{scope}` the scope's values ("all" for
   * everyone). May contain sub-folders.
   * @default "nps-{period}.md"
   */
  readonly fileName?: string;
  /**
   * A file to append the summary to as well, such as GitHub Actions' job summary
   * (`process.env.GITHUB_STEP_SUMMARY`). Unset or empty: nothing is appended.
   */
  readonly appendTo?: string | undefined;
}

/** The default file name pattern: one summary per period, e.g. `nps-2026-10.md`. */
export const DEFAULT_FILE_NAME = "nps-{period}.md";

/**
 * The Markdown output ("npskit:markdown"): a short summary of each report (see {@link markdownSummary}),
 * written atomically as `nps-{period}.md`, and appended to `appendTo` when given — made for CI job summaries
 * and pull-request comments.
 *
 * @example
 * defineConfig({ outputs: [markdown({ appendTo: process.env.GITHUB_STEP_SUMMARY })] })
 */
// biome-ignore lint/suspicious/noConfusingVoidType: core's factories take `void` for "no options" (OutputFactory<Options = void>), so markdown() needs no argument
export const markdown = defineOutput<MarkdownOutputOptions | void, ReportModel>((options) => {
  const pattern = options?.fileName ?? DEFAULT_FILE_NAME;
  checkFileNamePattern(pattern, ".md");
  const appendTo =
    options?.appendTo === undefined || options.appendTo === "" ? undefined : resolve(options.appendTo);
  return {
    name: "npskit:markdown",
    async write(report, ctx) {
      assertReportModel(report);
      const file = outputFile(ctx.outDir, pattern, report);
      const text = markdownSummary(report);
      ctx.signal.throwIfAborted();
      await writeFileAtomic(file, text);
      ctx.logger.debug(`Wrote ${file}`);
      if (appendTo === undefined) return { files: [file] };
      await mkdir(dirname(appendTo), { recursive: true });
      await appendFile(appendTo, `${text}\n`);
      ctx.logger.debug(`Appended the summary to ${appendTo}`);
      return { files: [file, appendTo] };
    },
  };
});
