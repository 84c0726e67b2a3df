import type { IncomingMessage } from "node:http";

/** The raw body, or why it could not be read. */
export type BodyRead =
  | { readonly ok: true; readonly body: Buffer }
  | { readonly ok: false; readonly status: 400 | 413; readonly reason: string };

/**
 * Reads a request body as raw bytes — before any parsing, because signatures are over the bytes — and stops
 * at `limitBytes`: a larger `Content-Length` is refused before reading, and a body that grows past the limit
 * is cut off (413) without buffering the rest.
 */
export function readBody(request: IncomingMessage, limitBytes: number): Promise<BodyRead> {
  const declared = Number(request.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limitBytes) {
    request.resume();
    return Promise.resolve({
      ok: false,
      status: 413,
      reason: `body of ${declared} bytes is over the ${limitBytes}-byte limit`,
    });
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (result: BodyRead) => {
      if (done) return;
      done = true;
      resolve(result);
    };
    request.on("data", (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limitBytes) {
        chunks.length = 0;
        request.resume();
        finish({ ok: false, status: 413, reason: `body is over the ${limitBytes}-byte limit` });
        return;
      }
      chunks.push(chunk);
    });
    request.on("end", () => finish({ ok: true, body: Buffer.concat(chunks, size) }));
    request.on("error", (error) =>
      finish({ ok: false, status: 400, reason: `body could not be read: ${error.message}` }),
    );
    request.on("aborted", () => finish({ ok: false, status: 400, reason: "the client aborted the request" }));
  });
}
