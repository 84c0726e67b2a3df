import type { CommandOptions } from "../../commandContext.js";
import type { InputFormat } from "../../ingest/sourceForFile.js";
import { parseList } from "../../options/parseList.js";
import type { ReportOverrides } from "./reportSettings.js";

/**
 * The options `npskit report` and `npskit validate` share — which config, which data, which time zone,
 * which output folder — as {@link ReportOverrides}; commander has checked their choices already.
 */
export function parseSourceOverrides(options: CommandOptions): ReportOverrides {
  return {
    ...(options.config !== undefined && {
      config: options.config === false ? false : String(options.config),
    }),
    ...(options.input !== undefined && { input: parseList(options.input as string | string[]) }),
    ...(options.formatIn !== undefined && { inputFormat: options.formatIn as InputFormat }),
    ...(options.drivers !== undefined && { drivers: parseList(options.drivers as string | string[]) }),
    ...(options.timeZone !== undefined && { timeZone: String(options.timeZone) }),
    ...(options.out !== undefined && { outDir: String(options.out) }),
  };
}
