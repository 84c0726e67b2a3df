// A worker thread of the CSV fast path. Started before the file's head is read (so that loading these
// modules overlaps it), it waits for its work: the setup, the chunks, and the counter it shares with the
// other threads to claim them. It counts each chunk it claims, posts the outcome, and exits when none are
// left. Reads with its own file descriptor.
import { closeSync, openSync, readSync } from "node:fs";
import { parentPort } from "node:worker_threads";
import { ChunkScanner } from "./fastChunkScanner.js";
import type { ChunkTask, ScanSetup } from "./fastChunkTypes.js";

const port = parentPort!;
port.once("message", (work: { setup: ScanSetup; tasks: readonly ChunkTask[]; next: Int32Array }) => {
  const { setup, tasks, next } = work;
  const scanner = new ChunkScanner(setup);
  const fd = openSync(setup.file, "r");
  try {
    for (let index = Atomics.add(next, 0, 1); index < tasks.length; index = Atomics.add(next, 0, 1)) {
      const outcome = scanner.scan(tasks[index]!, (buffer, offset, length, position) =>
        readSync(fd, buffer, offset, length, position),
      );
      port.postMessage(outcome);
    }
  } finally {
    closeSync(fd);
    port.close();
  }
});
