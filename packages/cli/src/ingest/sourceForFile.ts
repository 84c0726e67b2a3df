import { extname } from "node:path";
import { type SourcePlugin, UsageError } from "@npskit/core";

/** Input formats `--format` accepts. */
export const INPUT_FORMATS = ["csv", "surveymonkey", "ndjson"] as const;

/** One of {@link INPUT_FORMATS}. */
export type InputFormat = (typeof INPUT_FORMATS)[number];

/**
 * The input format of a file from its extension, for when `--format` is not given.
 *
 * @example
 * formatOfFile("export.jsonl") // "ndjson"
 */
export function formatOfFile(path: string): InputFormat {
  const extension = extname(path).toLowerCase();
  if (extension === ".ndjson" || extension === ".jsonl") return "ndjson";
  if (extension === ".xlsx") return "surveymonkey";
  if (extension === ".csv" || extension === ".tsv" || extension === ".txt") return "csv";
  throw new UsageError(
    `cannot tell the format of ${path} from its extension: add --format ${INPUT_FORMATS.join("|")}`,
  );
}

/**
 * The source plugin that reads `path` in `format`. Plugins are imported on first use, so a command that reads
 * no files never loads them. They are built with the same public factories a user's config would call.
 */
export async function sourceForFile(path: string, format: InputFormat): Promise<SourcePlugin> {
  switch (format) {
    case "csv": {
      const { csv } = await import("@npskit/source-csv");
      return csv({ path });
    }
    case "ndjson": {
      const { ndjson } = await import("@npskit/source-ndjson");
      return ndjson({ path });
    }
    case "surveymonkey":
      throw new UsageError("SURVEYMONKEY-PENDING");
  }
}
