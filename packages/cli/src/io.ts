/** Where a command writes. The CLI passes the process streams; tests and the notebook pass buffers. */
export interface CommandIO {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

/** A {@link CommandIO} that collects what is written, for tests and embedding. */
export function bufferIO(): CommandIO & { readonly out: () => string; readonly err: () => string } {
  let out = "";
  let err = "";
  return {
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
    out: () => out,
    err: () => err,
  };
}
