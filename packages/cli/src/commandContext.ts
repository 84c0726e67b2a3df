import type { CommandIO } from "./io.js";

/** The options commander parsed for a command, before each command validates them. */
export type CommandOptions = Readonly<Record<string, string | boolean | readonly string[] | undefined>>;

/** What every command action gets besides its options. */
export interface CommandContext {
  readonly io: CommandIO;
  /** Aborted on Ctrl-C, so that long reads stop cleanly. */
  readonly signal: AbortSignal;
  /** Where progress is drawn: a terminal (stderr) or nothing. */
  readonly progress: { readonly isTTY?: boolean; write(text: string): unknown };
}

/** A progress target that is not a terminal: progress stays silent (tests, pipes, `--json`). */
export const NO_PROGRESS = { isTTY: false, write: () => undefined } as const;
