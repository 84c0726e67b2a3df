import { readSync } from "node:fs";
import type { ChunkTask } from "./fastChunkTypes.js";

/** Bytes read at a time while looking for a line start. */
const PROBE_BYTES = 64 * 1024;

/**
 * Splits `[dataStart, fileSize)` into chunks of about `chunkBytes`, each starting at a line start (the byte
 * after a line feed) — a guess at a record start, which is wrong only when the line feed is inside a quoted
 * field; the caller checks every guess by the parity of the quotes before it. Reads a few bytes per chunk.
 *
 * @example
 * chunkBoundaries(fd, 120, 64_000_000, 16 << 20) // [{ index: 0, start: 120, ownedEnd: 16777301 }, …]
 */
export function chunkBoundaries(
  fd: number,
  dataStart: number,
  fileSize: number,
  chunkBytes: number,
): ChunkTask[] {
  const starts = [dataStart];
  const probe = Buffer.allocUnsafe(PROBE_BYTES);
  for (let nominal = dataStart + chunkBytes; nominal < fileSize; nominal += chunkBytes) {
    const start = lineStartFrom(fd, probe, Math.max(nominal, starts.at(-1)! + 1), fileSize);
    if (start >= fileSize) break;
    if (start > starts.at(-1)!) starts.push(start);
  }
  return starts.map((start, index) => ({ index, start, ownedEnd: starts[index + 1] ?? fileSize }));
}

/** The first line start at or after `from`: the byte after the first line feed at `from - 1` or later. */
function lineStartFrom(fd: number, probe: Buffer, from: number, fileSize: number): number {
  for (let position = from - 1; position < fileSize; position += PROBE_BYTES) {
    const read = readSync(fd, probe, 0, PROBE_BYTES, position);
    const at = probe.subarray(0, read).indexOf(10);
    if (at >= 0) return position + at + 1;
    if (read === 0) break;
  }
  return fileSize;
}
