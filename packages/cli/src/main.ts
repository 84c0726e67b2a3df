import { formatLocation, NpskitError } from "@npskit/core";
import { CommanderError } from "commander";
import { NO_PROGRESS } from "./commandContext.js";
import type { CommandIO } from "./io.js";
import { createProgram } from "./program.js";

/**
 * Exit codes of `npskit`: 0 ok, 1 failure, 2 bad usage or configuration, 3 a quality gate failed,
 * 130 interrupted (Ctrl-C), as shells report a SIGINT.
 */
export const EXIT = { ok: 0, failure: 1, usage: 2, gate: 3, interrupted: 130 } as const;

const USAGE_CODES = new Set([
  "NPSKIT_E_USAGE",
  "NPSKIT_E_INVALID_ARGUMENT",
  "NPSKIT_E_CONFIG",
  "NPSKIT_E_PERIOD",
  "NPSKIT_E_TIME_ZONE",
]);

/**
 * Runs `npskit` with `argv` (without the node and script paths) and returns the exit code. The only place
 * that turns errors into exit codes and messages: one line with the code, and the stack only with --debug.
 */
export async function main(argv: readonly string[], io: CommandIO = process): Promise<number> {
  const debug = argv.includes("--debug");
  const controller = new AbortController();
  const interrupt = () => controller.abort();
  process.once("SIGINT", interrupt);
  // `npskit serve` under a process manager is stopped with SIGTERM: shut down as gracefully as on Ctrl-C.
  process.once("SIGTERM", interrupt);
  const program = createProgram({
    io,
    signal: controller.signal,
    progress: io === process ? process.stderr : NO_PROGRESS,
  });
  try {
    await program.parseAsync([...argv], { from: "user" });
    return EXIT.ok;
  } catch (error) {
    if (controller.signal.aborted) {
      io.stderr.write("npskit: interrupted\n");
      return EXIT.interrupted;
    }
    if (error instanceof CommanderError) {
      // Commander has printed its message (or the help/version) already.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof NpskitError) {
      const where = error.location === undefined ? "" : ` (at ${formatLocation(error.location)})`;
      io.stderr.write(`npskit: ${error.message}${where} [${error.code}]\n`);
      if (debug) io.stderr.write(`${error.stack ?? ""}\n`);
      if (error.code === "NPSKIT_E_GATE") return EXIT.gate;
      return USAGE_CODES.has(error.code) ? EXIT.usage : EXIT.failure;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(
      `npskit: unexpected error: ${message}${debug ? "" : " (run again with --debug for details)"}\n`,
    );
    if (debug && error instanceof Error) io.stderr.write(`${error.stack ?? ""}\n`);
    return EXIT.failure;
  } finally {
    process.off("SIGINT", interrupt);
    process.off("SIGTERM", interrupt);
  }
}
