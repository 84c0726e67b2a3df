import type { Logger } from "@npskit/core";

/** A logger that keeps every message with its level, for assertions. */
export function recordingLogger(): Logger & { readonly messages: string[] } {
  const messages: string[] = [];
  const record = (level: string) => (message: string) => {
    messages.push(`${level}: ${message}`);
  };
  return {
    messages,
    debug: record("debug"),
    info: record("info"),
    warn: record("warn"),
    error: record("error"),
  };
}
