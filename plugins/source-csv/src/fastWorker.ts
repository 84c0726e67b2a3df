// A worker thread of the CSV fast path: claims chunks through the counter it shares with the other threads,
// counts each, and posts the outcome; exits when none are left. Reads with its own file descriptor.
import { closeSync, openSync, readSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { ChunkScanner } from "./fastChunkScanner.js";
import type { ChunkTask, ScanSetup } from "./fastChunkTypes.js";

const { setup, tasks, next } = workerData as {
  setup: ScanSetup;
  tasks: readonly ChunkTask[];
  next: Int32Array;
};
const scanner = new ChunkScanner(setup);
const fd = openSync(setup.file, "r");
try {
  for (let index = Atomics.add(next, 0, 1); index < tasks.length; index = Atomics.add(next, 0, 1)) {
    const outcome = scanner.scan(tasks[index]!, (buffer, offset, length, position) =>
      readSync(fd, buffer, offset, length, position),
    );
    parentPort!.postMessage(outcome);
  }
} finally {
  closeSync(fd);
}
