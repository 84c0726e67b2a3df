import { assertReportModel, defineOutput, type ReportModel } from "@npskit/core";
import { checkFileNamePattern, outputFile, writeFileAtomic } from "@npskit/output-files";

/** Options of the JSON output. */
export interface JsonOutputOptions {
  /**
   * File name in the output folder; `{period}` is the period key, `{scope}` the scope's values ("all" for
   * everyone). May contain sub-folders.
   * @default "nps-{period}.json"
   */
  readonly fileName?: string;
}

/** The default file name pattern: one JSON file per period, e.g. `nps-2026-10.json`. */
export const DEFAULT_FILE_NAME = "nps-{period}.json";

/**
 * The report as JSON text: validated against `report.schema.json` first (a document other tools will read
 * must match the published schema), two-space indented, with a final newline. Deterministic: the same model
 * gives the same bytes (keys in the model's order, numbers as JavaScript prints them, no dates added).
 *
 * @example
 * reportJson(model).startsWith('{\n  "schemaVersion": 1,') // true
 */
export function reportJson(report: ReportModel): string {
  assertReportModel(report);
  return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * The JSON output ("npskit:json"): writes the ReportModel — every figure of the report, exact and as
 * displayed — for dashboards, CI checks and other tools, atomically, as `nps-{period}.json`.
 *
 * @example
 * defineConfig({ outputs: [json()] })
 */
// biome-ignore lint/suspicious/noConfusingVoidType: core's factories take `void` for "no options" (OutputFactory<Options = void>), so json() needs no argument
export const json = defineOutput<JsonOutputOptions | void, ReportModel>((options) => {
  const pattern = options?.fileName ?? DEFAULT_FILE_NAME;
  checkFileNamePattern(pattern, ".json");
  return {
    name: "npskit:json",
    async write(report, ctx) {
      const file = outputFile(ctx.outDir, pattern, report);
      const text = reportJson(report);
      ctx.signal.throwIfAborted();
      await writeFileAtomic(file, text);
      ctx.logger.debug(`Wrote ${file} (${Buffer.byteLength(text)} bytes)`);
      return { files: [file] };
    },
  };
});
