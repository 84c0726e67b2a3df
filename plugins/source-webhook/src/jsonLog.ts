/** Severity of a log entry. */
export type LogLevel = "debug" | "info" | "warn" | "error";

/** Receives one structured log entry. */
export type LogSink = (entry: LogEntry) => void;

/**
 * One structured log entry of the receiver. Entries carry what an operator needs (sender, status, event id,
 * reason of a signature failure, timing) and never secrets, signatures, bodies, headers or respondent data.
 */
export interface LogEntry {
  readonly level: LogLevel;
  /** What happened: `listening`, `refused`, `stored`, `fetch-failed`… */
  readonly event: string;
  readonly [field: string]: string | number | boolean | null | undefined;
}

const ORDER: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };

/**
 * A {@link LogSink} writing one JSON object per line (`{"time":…,"level":…,"event":…}`) to `write`,
 * dropping entries below `minLevel`.
 *
 * @example
 * const log = jsonLineLog((line) => process.stderr.write(line), "info");
 * log({ level: "info", event: "listening", port: 8787 }); // {"time":"2026-…","level":"info","event":"listening","port":8787}
 */
export function jsonLineLog(write: (line: string) => void, minLevel: LogLevel = "info"): LogSink {
  return (entry) => {
    if (ORDER[entry.level] < ORDER[minLevel]) return;
    write(`${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`);
  };
}
