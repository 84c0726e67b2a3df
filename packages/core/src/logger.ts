/**
 * Where library code reports what it is doing. npskit's libraries never write to the console themselves:
 * the CLI injects a logger that respects `--json`, TTYs and CI; tests inject one that records.
 */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** A logger that drops everything: the default when none is given. */
export const silentLogger: Logger = Object.freeze({
  debug() {},
  info() {},
  warn() {},
  error() {},
});
