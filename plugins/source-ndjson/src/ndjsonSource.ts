import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { createInterface } from "node:readline";
import { defineSource, fileError, type SourceRecord } from "@npskit/core";

/** Options of the NDJSON source. */
export interface NdjsonOptions {
  /** Path of the file: one response per line, in npskit's response format. */
  readonly path: string;
  /** Records per batch handed to the pipeline. @default 1000 */
  readonly batchSize?: number;
}

/**
 * Reads responses already in npskit's format (`response.schema.json`), one JSON object per line — what a
 * webhook store, another npskit run or a `jq` pipeline produces. Blank lines are skipped; a line that is not
 * JSON is rejected with its line number; everything else is validated by the pipeline.
 *
 * @example
 * defineConfig({ sources: [ndjson({ path: "responses.ndjson" })] })
 */
export const ndjson = defineSource((options: NdjsonOptions) => ({
  name: "npskit:ndjson",
  async *read(ctx) {
    const { batchSize = 1000 } = options;
    const path = resolve(ctx.baseDir, options.path);
    const totalBytes = await fileSize(path);
    const stream = createReadStream(path, { encoding: "utf8", highWaterMark: 1 << 20 });
    const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
    let batch: SourceRecord[] = [];
    let line = 0;
    let bytes = 0;
    try {
      for await (const raw of lines) {
        line += 1;
        // Byte count for progress only: UTF-8 length of the line and its newline.
        bytes += Buffer.byteLength(raw) + 1;
        const text = line === 1 ? raw.replace(/^\uFEFF/, "") : raw;
        if (text.trim() === "") continue;
        const location = { file: path, line };
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch (error) {
          ctx.reject(text, `not valid JSON: ${(error as Error).message}`, location);
          continue;
        }
        batch.push({ response: value, location, raw: value });
        if (batch.length >= batchSize) {
          yield batch;
          batch = [];
          ctx.progress({ bytes, totalBytes, records: line });
          if (ctx.signal.aborted) return;
        }
      }
      if (batch.length > 0) yield batch;
      ctx.progress({ bytes: totalBytes, totalBytes, records: line });
    } finally {
      lines.close();
      stream.destroy();
    }
  },
}));

async function fileSize(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch (error) {
    throw fileError(path, error);
  }
}
