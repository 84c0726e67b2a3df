// Shared by the package's tests that call a source's read() directly: a context that records what it is told.
import type { ErrorLocation, SourceContext, SourceProgress } from "@npskit/core";

/** What {@link recordingContext} returns: the context, and what was given to it so far. */
export interface RecordingContext {
  readonly ctx: SourceContext;
  readonly rejected: { raw: unknown; reason: string; location: ErrorLocation }[];
  readonly progress: SourceProgress[];
  /** Info messages as they are, warnings as "warn: …". */
  readonly logs: string[];
}

/** A {@link SourceContext} in UTC that keeps the rejections, the progress updates and the log lines. */
export function recordingContext(signal: AbortSignal = new AbortController().signal): RecordingContext {
  const rejected: RecordingContext["rejected"] = [];
  const progress: SourceProgress[] = [];
  const logs: string[] = [];
  const ctx: SourceContext = {
    signal,
    timeZone: "UTC",
    baseDir: process.cwd(),
    logger: { debug() {}, info: (m) => logs.push(m), warn: (m) => logs.push(`warn: ${m}`), error() {} },
    reject: (raw, reason, location) => rejected.push({ raw, reason, location }),
    progress: (update) => progress.push(update),
  };
  return { ctx, rejected, progress, logs };
}
