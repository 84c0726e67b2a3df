import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type DuplicatePolicy,
  type DuplicateTracker,
  type MemoryDuplicateTracker,
  memoryDuplicateTracker,
  replaces,
  type Superseded,
  type TrackedResponse,
} from "@npskit/core";

/** Options of {@link spillingDuplicateTracker}. */
export interface SpillOptions {
  /** Distinct ids kept in memory before spilling to disk. @default 50000 */
  readonly memoryLimit?: number;
  /** Number of partitions on disk; each is read back alone, so memory at the end is about 1/buckets of the ids. @default 256 */
  readonly buckets?: number;
  /** Folder for the temporary partitions. @default the OS temp folder */
  readonly directory?: string;
}

/**
 * A duplicate tracker whose memory does not grow with the input. It starts in memory (deciding at once); past
 * `memoryLimit` distinct ids it writes every tracked response to one of `buckets` partition files by a hash of
 * its id, and at the end reads the partitions back one at a time to find the responses each id's winner
 * supersedes (Grace-hash style: two sequential passes over about 60 bytes per response on disk). Only the
 * lines of ids seen more than once are decoded in full, so the usual case — few duplicates — stays cheap.
 * Same policy rules as the in-memory tracker, so results are identical; the files are removed at the end.
 */
export function spillingDuplicateTracker(
  policy: DuplicatePolicy,
  options: SpillOptions = {},
): DuplicateTracker {
  const { memoryLimit = 50_000, buckets = 256 } = options;
  let memory: MemoryDuplicateTracker | undefined = memoryDuplicateTracker(policy);
  let spill: Spill | undefined;

  return {
    offer(response) {
      if (policy === "keep-all") return undefined;
      if (memory === undefined) {
        spill?.write(response);
        return undefined;
      }
      const superseded = memory.offer(response);
      if (memory.size() > memoryLimit) {
        // Move the winners so far to disk; everything from now on is decided at the end.
        spill = new Spill(buckets, options.directory);
        for (const kept of memory.kept()) spill.write(kept);
        memory = undefined;
      }
      return superseded;
    },
    async *finish() {
      if (spill === undefined) return;
      try {
        for (const entries of spill.partitions()) yield* supersededIn(entries, policy);
      } finally {
        spill.dispose();
      }
    },
    dispose() {
      spill?.dispose();
    },
  };
}

/**
 * The partition files. Each holds responses in the order they were read (the winners moved from memory come
 * first, and they are winners so far), so applying the policy in file order gives the same decisions as the
 * in-memory tracker, ties included.
 */
class Spill {
  readonly #directory: string;
  readonly #buffers: string[];
  readonly #files: (number | undefined)[];
  /** Source names by index: written once, not on every line. */
  readonly #sources: string[] = [];
  #disposed = false;

  constructor(buckets: number, parent = tmpdir()) {
    this.#directory = mkdtempSync(join(parent, "npskit-duplicates-"));
    this.#buffers = new Array<string>(buckets).fill("");
    this.#files = new Array<number | undefined>(buckets).fill(undefined);
  }

  write(response: TrackedResponse): void {
    const bucket = fnv1a(response.id) % this.#buffers.length;
    let source = this.#sources.indexOf(response.source);
    if (source < 0) source = this.#sources.push(response.source) - 1;
    // Tab-separated, id first: JSON escapes tabs and newlines inside strings, so the id's JSON text ends at
    // the first tab and can key a Map without being decoded.
    const line = `${JSON.stringify(response.id)}\t${response.millis}\t${response.score ?? ""}\t${source}\t${JSON.stringify(response.location)}\t${response.segments === undefined ? "" : JSON.stringify(response.segments)}\n`;
    const buffer = this.#buffers[bucket] + line;
    // Buffer per partition and write in 64 KiB pieces: 256 partitions stay within 16 MiB of buffers.
    if (buffer.length < 65_536) {
      this.#buffers[bucket] = buffer;
      return;
    }
    this.#buffers[bucket] = "";
    writeSync(this.#file(bucket), buffer);
  }

  /**
   * Each partition's responses whose id occurs more than once, in read order; the partition's file is
   * deleted once read.
   */
  *partitions(): Generator<TrackedResponse[]> {
    for (let bucket = 0; bucket < this.#buffers.length; bucket++) {
      const rest = this.#buffers[bucket]!;
      if (rest !== "") writeSync(this.#file(bucket), rest);
      this.#buffers[bucket] = "";
      const fd = this.#files[bucket];
      if (fd === undefined) continue;
      closeSync(fd);
      this.#files[bucket] = undefined;
      const path = this.#path(bucket);
      const lines = readFileSync(path, "utf8").split("\n");
      rmSync(path);
      const seen = new Map<string, number>();
      for (const line of lines) {
        if (line === "") continue;
        const id = line.slice(0, line.indexOf("\t"));
        seen.set(id, (seen.get(id) ?? 0) + 1);
      }
      const repeated = lines.filter(
        (line) => line !== "" && seen.get(line.slice(0, line.indexOf("\t")))! > 1,
      );
      if (repeated.length > 0) yield repeated.map((line) => this.#decode(line));
    }
  }

  #decode(line: string): TrackedResponse {
    const [id, millis, score, source, location, segments] = line.split("\t") as [
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    return {
      id: JSON.parse(id) as string,
      millis: Number(millis),
      score: score === "" ? null : Number(score),
      segments: segments === "" ? undefined : (JSON.parse(segments) as Record<string, string>),
      source: this.#sources[Number(source)]!,
      location: JSON.parse(location) as TrackedResponse["location"],
    };
  }

  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    for (const fd of this.#files) if (fd !== undefined) closeSync(fd);
    rmSync(this.#directory, { recursive: true, force: true });
  }

  #file(bucket: number): number {
    let fd = this.#files[bucket];
    if (fd === undefined) {
      fd = openSync(this.#path(bucket), "a");
      this.#files[bucket] = fd;
    }
    return fd;
  }

  #path(bucket: number): string {
    return join(this.#directory, `${bucket}.ndjson`);
  }
}

/** Applies the policy to one partition's responses in read order; yields every response that lost. */
function* supersededIn(entries: readonly TrackedResponse[], policy: DuplicatePolicy): Generator<Superseded> {
  const winners = new Map<string, TrackedResponse>();
  for (const entry of entries) {
    const winner = winners.get(entry.id);
    if (winner === undefined) {
      winners.set(entry.id, entry);
    } else if (replaces(policy, winner, entry)) {
      winners.set(entry.id, entry);
      yield { response: winner, by: entry };
    } else {
      yield { response: entry, by: winner };
    }
  }
}

/** 32-bit FNV-1a of a string's UTF-16 code units: cheap, and spreads ids evenly over partitions. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
