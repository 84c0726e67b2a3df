import { type FileHandle, open } from "node:fs/promises";
import { extname } from "node:path";
import { type SourcePlugin, UsageError } from "@npskit/core";
import { loadWebhookPlugin } from "../webhook/loadWebhookPlugin.js";

/** Input formats `--format` accepts. */
export const INPUT_FORMATS = ["csv", "surveymonkey", "ndjson", "webhook-store"] as const;

/** One of {@link INPUT_FORMATS}. */
export type InputFormat = (typeof INPUT_FORMATS)[number];

/**
 * The input format of a file, for when `--format` is not given: from its extension, and for CSV from its first
 * bytes — a SurveyMonkey export starts with the `Respondent ID` column.
 *
 * @example
 * await formatOfFile("export.jsonl") // "ndjson"
 */
export async function formatOfFile(path: string): Promise<InputFormat> {
  const extension = extname(path).toLowerCase();
  if (extension === ".ndjson" || extension === ".jsonl") return "ndjson";
  if (extension === ".xlsx") return "surveymonkey";
  if (extension === ".db" || extension === ".sqlite" || extension === ".sqlite3") return "webhook-store";
  if (extension === ".csv" || extension === ".tsv" || extension === ".txt") {
    return (await startsWith(path, "Respondent ID")) ? "surveymonkey" : "csv";
  }
  throw new UsageError(
    `cannot tell the format of ${path} from its extension: add --format ${INPUT_FORMATS.join("|")}`,
  );
}

async function startsWith(path: string, text: string): Promise<boolean> {
  let file: FileHandle | undefined;
  try {
    file = await open(path, "r");
    const { buffer, bytesRead } = await file.read({ buffer: Buffer.alloc(64), position: 0 });
    return buffer
      .subarray(0, bytesRead)
      .toString("utf8")
      .replace(/^\uFEFF/, "")
      .replace(/^"/, "")
      .startsWith(text);
  } catch {
    return false; // unreadable: the source reports it properly
  } finally {
    await file?.close();
  }
}

/** What the command line may say about how a file is read. */
export interface FileReading {
  /** Rating columns of a CSV file that become drivers (`--drivers support,price`). */
  readonly drivers?: readonly string[];
}

/**
 * The source plugin that reads `path` in `format`. Plugins are imported on first use, so a command that reads
 * no files never loads them. They are built with the same public factories a user's config would call.
 *
 * @throws {UsageError} for `drivers` with a format other than CSV: the others carry their drivers themselves.
 */
export async function sourceForFile(
  path: string,
  format: InputFormat,
  reading: FileReading = {},
): Promise<SourcePlugin> {
  if (reading.drivers !== undefined && format !== "csv") {
    throw new UsageError(
      `--drivers names rating columns of CSV files, but ${path} is read as ${format}, whose records carry their drivers themselves`,
    );
  }
  switch (format) {
    case "csv": {
      const { csv } = await import("@npskit/source-csv");
      return csv({ path, ...(reading.drivers !== undefined && { drivers: reading.drivers }) });
    }
    case "ndjson": {
      const { ndjson } = await import("@npskit/source-ndjson");
      return ndjson({ path });
    }
    case "surveymonkey": {
      const { surveyMonkey } = await import("@npskit/source-surveymonkey");
      return surveyMonkey({ path });
    }
    case "webhook-store": {
      const { webhookStore } = await loadWebhookPlugin();
      return webhookStore({ path });
    }
  }
}
