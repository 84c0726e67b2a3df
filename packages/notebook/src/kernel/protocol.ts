import type { CellOutput } from "../format/notebook.js";

/** What the kernel's worker is given when it starts. */
export interface WorkerSetup {
  /** Folder relative imports and `load()` paths resolve from: the notebook's. */
  readonly dir: string;
}

/** Host → worker. */
export type HostMessage =
  | { readonly type: "execute"; readonly id: number; readonly code: string; readonly timeoutMs: number }
  | { readonly type: "ping"; readonly id: number };

/** An exception as the worker saw it, before line mapping. */
export interface RawException {
  readonly name: string;
  readonly message: string;
  readonly stack: string | undefined;
  /** 1-based position in the cell script where it was thrown (from the inspector), when known. */
  readonly line: number | undefined;
  readonly column: number | undefined;
}

/** Worker → host. */
export type WorkerMessage =
  | { readonly type: "ready" }
  | { readonly type: "output"; readonly id: number; readonly output: CellOutput }
  | {
      readonly type: "done";
      readonly id: number;
      /** `terminated`: the inspector stopped it (an interrupt or the timeout); the state is kept. */
      readonly outcome: "ok" | "exception" | "terminated";
      readonly exception?: RawException;
    }
  | { readonly type: "pong"; readonly id: number; readonly busy: boolean };
