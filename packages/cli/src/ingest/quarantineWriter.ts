import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import type { Rejection } from "@npskit/core";

/** Writes rejections to an NDJSON file, created on the first one; see {@link quarantineWriter}. */
export interface QuarantineWriter {
  write(rejection: Rejection): void;
  /** Closes the file; returns its path, or `null` when nothing was rejected (no file is created). */
  close(): string | null;
}

/**
 * The quarantine file: one JSON object per rejected or superseded record — `kind`, `source`, `category`,
 * `reason`, `location` and the `raw` record — so that nothing read is ever lost and every problem can be fixed
 * at its source. Created only when there is something to write.
 *
 * @example
 * {"kind":"invalid","source":"npskit:csv","category":"invalid column score","reason":"score must be …","location":{"file":"data.csv","line":12,"column":"score"},"raw":{…}}
 */
export function quarantineWriter(path: string): QuarantineWriter {
  let fd: number | undefined;
  let buffer = "";
  const flush = () => {
    if (buffer === "") return;
    if (fd === undefined) {
      mkdirSync(dirname(path), { recursive: true });
      fd = openSync(path, "w");
    }
    writeSync(fd, buffer);
    buffer = "";
  };
  return {
    write(rejection) {
      buffer += `${JSON.stringify(rejection)}\n`;
      if (buffer.length > 65_536) flush();
    },
    close() {
      flush();
      if (fd === undefined) return null;
      closeSync(fd);
      return path;
    },
  };
}
