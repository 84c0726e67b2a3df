import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { createInterface } from "node:readline";
import { defineSource, type ErrorLocation, InputError, type SourceRecord } from "@npskit/core";
import type { HelpdeskRating } from "./helpdeskRating.js";
import { toResponse } from "./toResponse.js";

/** Options of the helpdesk source, as a user writes them in `npskit.config.ts`. */
export interface HelpdeskOptions {
  /** Path of the satisfaction-ratings export (JSON Lines), relative to the folder npskit runs in. */
  readonly path: string;
  /** Keys of `key:value` ticket tags that become segments. @default ["channel", "priority"] */
  readonly segmentTags?: readonly string[];
  /** Ratings handed to npskit at a time. @default 1000 */
  readonly batchSize?: number;
}

/**
 * Reads a helpdesk's satisfaction-ratings export, one JSON object per line, and maps each NPS rating to an
 * npskit response: the ticket id, the time, the 0–10 rating (or `null` when skipped), the comment, the
 * requester, and segments from the ticket's group and `key:value` tags. Lines it cannot map — broken JSON,
 * a CSAT rating on another scale, a rating without a ticket — are rejected with their line number.
 *
 * @example
 * export default defineConfig({ sources: [helpdeskSource({ path: "exports/ratings.jsonl" })] });
 */
export const helpdeskSource = defineSource((options: HelpdeskOptions) => ({
  name: "acme:helpdesk",

  async *read(ctx) {
    const { segmentTags = ["channel", "priority"], batchSize = 1000 } = options;
    // A relative path is read from the config file's folder, wherever npskit was started.
    const path = resolve(ctx.baseDir, options.path);
    // Opened per run, never in the factory: each read() starts afresh (the contract kit reads twice).
    const totalBytes = await fileSize(path);
    const stream = createReadStream(path, { encoding: "utf8" });
    const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
    let batch: SourceRecord[] = [];
    let line = 0;
    let bytes = 0;
    try {
      for await (const text of lines) {
        line += 1;
        bytes += Buffer.byteLength(text) + 1;
        const json = line === 1 ? text.replace(/^\uFEFF/, "") : text;
        if (json.trim() === "") continue;
        const location: ErrorLocation = { file: path, line };
        let raw: unknown;
        try {
          raw = JSON.parse(json);
        } catch (error) {
          ctx.reject(json, `not valid JSON: ${(error as Error).message}`, location);
          continue;
        }
        if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
          ctx.reject(raw, `a rating must be a JSON object (got ${JSON.stringify(raw)})`, location);
          continue;
        }
        const mapped = toResponse(raw as HelpdeskRating, segmentTags);
        if (!mapped.ok) {
          ctx.reject(raw, mapped.reason, { ...location, field: mapped.field });
          continue;
        }
        // The ticket id makes the record findable in the helpdesk too, not only in the file.
        const ticket = { ...location, recordId: mapped.response.id as string };
        batch.push({ response: mapped.response, location: ticket, raw });
        if (batch.length >= batchSize) {
          yield batch;
          batch = [];
          ctx.progress({ bytes, totalBytes, records: line });
          // Aborted while npskit handled the batch (Ctrl-C, or another source failed): read no further.
          if (ctx.signal.aborted) return;
        }
      }
      if (batch.length > 0) yield batch;
      ctx.progress({ bytes: totalBytes, totalBytes, records: line });
    } finally {
      // Also runs when npskit stops early (abort, an error): the file is never left open.
      lines.close();
      stream.destroy();
    }
  },
}));

/** The export's size, for progress; or an error saying what is wrong with the path. */
async function fileSize(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch (error) {
    const code = (error as { code?: string }).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : String(error);
    throw new InputError(`cannot read ${path}: ${why}`, { location: { file: path }, cause: error });
  }
}
