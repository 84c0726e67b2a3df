import type { IngestProgress } from "@npskit/core";

/** Where progress goes: a terminal that can rewrite its last line. */
export interface ProgressStream {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

/**
 * Progress for long reads: on a TTY, one line rewritten in place ("reading data.csv  42 %  1,204,311 records");
 * elsewhere (CI logs, pipes) nothing, so logs stay clean. Updates at most ten times a second.
 */
export function progressLine(stream: ProgressStream): {
  update(progress: IngestProgress): void;
  done(): void;
} {
  let last = 0;
  let shown = false;
  return {
    update(progress) {
      if (stream.isTTY !== true) return;
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      const percent =
        progress.totalBytes !== undefined && progress.bytes !== undefined && progress.totalBytes > 0
          ? `${Math.floor((progress.bytes / progress.totalBytes) * 100)} %  `
          : "";
      const records = progress.accounting.read.toLocaleString("en");
      stream.write(`\r\x1b[2Kreading ${progress.source}  ${percent}${records} records`);
      shown = true;
    },
    done() {
      if (shown) stream.write("\r\x1b[2K");
      shown = false;
    },
  };
}
