import { Console } from "node:console";
import { Writable } from "node:stream";

/**
 * A `console` whose stdout and stderr become the running cell's stream outputs. Writes are passed on
 * synchronously, so a cell's prints arrive before the cell's result.
 */
export function workerConsole(emit: (name: "stdout" | "stderr", text: string) => void): Console {
  const stream = (name: "stdout" | "stderr") =>
    new Writable({
      decodeStrings: false,
      write(chunk: string | Buffer, _encoding, callback) {
        emit(name, typeof chunk === "string" ? chunk : chunk.toString("utf8"));
        callback();
      },
    });
  return new Console({ stdout: stream("stdout"), stderr: stream("stderr"), colorMode: false });
}
