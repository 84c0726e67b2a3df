// The fast path's inner loop. The trick: most rows of a big export are boring — an integer id, a
// machine-written UTC timestamp, a one-digit score, a few segment values from a short list — and for those
// the answer can be read straight off the bytes: no strings, no objects, no Date. The loop below walks the
// bytes once, finds the fields of each record (RFC 4180 quoting included), and for a boring row adds one to a
// histogram keyed by (period, segment value ids). Any row it is not sure about — a score of "9.0", a local
// date, a quoted id, a field count that does not match — is decoded and sent through the very same row mapper
// and schema validation as the row-by-row path, so its outcome (counted, or rejected with the same reason and
// location) is the reference one. What the loop cannot vouch for at all — a quote in the middle of a field,
// a lone CR, bytes that are not UTF-8, an unterminated quote — marks the chunk irregular, and the caller
// reads the whole file the row-by-row way instead.
import { isUtf8 } from "node:buffer";
import {
  createPeriodResolver,
  formatIssue,
  type Period,
  type PeriodResolver,
  validateResponse,
} from "@npskit/core";
import { ByteInterner } from "./byteInterner.js";
import type { ChunkOutcome, ChunkRejection, ChunkTask, ScanSetup } from "./fastChunkTypes.js";
import { isoInstantInto } from "./isoInstant.js";
import type { RowMapper } from "./mappedRow.js";
import { createDateTimeParser } from "./parseDateTime.js";
import { createRowMapper } from "./rowMapper.js";

const QUOTE = 34;
const LF = 10;
const CR = 13;
const ZERO = 48;
/** Longest comment the response schema allows, in characters (bytes bound characters from above). */
const MAX_COMMENT = 100_000;
/** Longest id the response schema allows. */
const MAX_ID = 512;
/**
 * Bytes read at a time: a quarter of a MiB per thread keeps memory flat (measured as fast as 4 MiB), and
 * makes reads few. The window grows for a longer record.
 */
const WINDOW_BYTES = 256 << 10;
/** Room a window keeps beyond two of the longest records: a record that does not fit is irregular. */
const WINDOW_SLACK = 1024;
/** A chunk with more rejections than this is left to the row-by-row path, which streams them to disk. */
const MAX_CHUNK_REJECTIONS = 10_000;
/** Records a chunk's start may seem to hold before it proves to be inside a quoted field (see scan). */
const MAX_RECORDS_BEFORE_BREAK = 8;
/** Index of the unanswered count in a cell's counts. */
const UNANSWERED = 11;
/** Radix of one dimension's value id in a cell key (ids are below MAX_INTERNED_VALUES = 2^20). */
const VALUE_RADIX = 2 ** 21;

/** How a record ended, from {@link ChunkScanner.parseRecord}. */
const INCOMPLETE = -1;
const IRREGULAR = -2;

/** Reads file bytes at a position into a buffer; returns how many were read (0 at the end of the file). */
export type ReadAt = (buffer: Buffer, offset: number, length: number, position: number) => number;

/**
 * Counts chunks of one CSV file (see the note at the top of this module). One scanner per thread: it keeps
 * the thread's lists of periods and segment values across chunks, and reports only what is new in each
 * outcome, so the main thread can rebuild every cell's period and values.
 */
export class ChunkScanner {
  readonly #setup: ScanSetup;
  readonly #width: number;
  readonly #scoreAt: number;
  readonly #dateAt: number;
  readonly #idAt: number;
  readonly #commentAt: number;
  /** Segment columns and their interners; `#dimensionAt[d]` is the segment index of dimension d, or -1. */
  readonly #segmentAt: readonly number[];
  readonly #interners: ByteInterner[];
  readonly #dimensionAt: readonly number[];
  /** 1 for the segment columns some dimension counts by. */
  readonly #counted: Uint8Array;
  /** Whether rows may be read from bytes at all: not when the file has columns only the row mapper reads. */
  readonly #simpleRows: boolean;
  readonly #periodAt: PeriodResolver;
  readonly #periodIndex = new Map<Period, number>();
  readonly #periods: { key: string; millis: number }[] = [];
  #periodsSent = 0;
  readonly #valuesSent: number[];
  #mapRow: RowMapper | undefined;

  // Per-record field positions, reused: starts, ends and flags (1 = quoted, 2 = has doubled quotes).
  #starts: Int32Array;
  #ends: Int32Array;
  #flags: Uint8Array;
  /** Bytes that end an unquoted field's run (delimiter, LF, CR, quote) and a quoted one's (quote, LF, CR). */
  readonly #stopsOutside = new Uint8Array(256);
  readonly #stopsInside = new Uint8Array(256);
  #fieldCount = 0;
  // Counts of the record being parsed, committed when it is complete.
  #recordNewlines = 0;
  #recordQuotes = 0;
  #irregular = "";
  /**
   * The date field's instant when parseRecord read it in passing (NaN otherwise): the usual timestamp is
   * all digits and `-T:Z+`, so once it parses, none of its bytes can end the field and the scan jumps over
   * it — a third of a typical row's bytes. Off when the delimiter is one of those characters.
   */
  #dateRead = false;
  /** The id field's leading digits, as read by parseRecord, and their count. */
  #idValue = 0;
  #idDigits = 0;
  /**
   * The instant of the row being counted, in milliseconds, and the current period's [start, end): kept in
   * a typed array so that the per-row path never boxes a double on the heap.
   */
  readonly #instant = new Float64Array(1);
  readonly #periodBounds = new Float64Array([1, 0]);
  readonly #dateShortcut: boolean;

  // Per-chunk state.
  /** Counts by [period index][combination of dimension values]: scores 0–10, then unanswered. */
  #cells: Int32Array[][] = [];
  #lastCells: Int32Array[] = [];
  #combos = new Map<number, number>();
  #comboValues: number[][] = [];
  #rejections: ChunkRejection[] = [];
  #records = 0;
  #firstId = -1;
  #lastId = -1;
  #idsIncreasing = true;
  #window: Buffer;
  /** The window grows for a long record up to this; a record that does not fit then is irregular. */
  readonly #maxWindow: number;

  constructor(setup: ScanSetup) {
    this.#setup = setup;
    const { mapping } = setup;
    const { fields, names } = mapping;
    this.#width = names.length;
    this.#scoreAt = fields.score!;
    this.#dateAt = fields.submittedAt!;
    this.#idAt = fields.id ?? -1;
    this.#commentAt = fields.comment ?? -1;
    this.#segmentAt = mapping.segments;
    this.#interners = mapping.segments.map(() => new ByteInterner());
    this.#dimensionAt = setup.dimensions.map((name) => mapping.segmentNames.indexOf(name));
    this.#valuesSent = setup.dimensions.map(() => 0);
    this.#counted = Uint8Array.from(mapping.segments, (_, s) => (this.#dimensionAt.includes(s) ? 1 : 0));
    const onlyCountedColumns = Object.keys(fields).every((field) =>
      ["score", "submittedAt", "id", "comment"].includes(field),
    );
    this.#simpleRows = onlyCountedColumns && mapping.drivers.length === 0;
    this.#periodAt = createPeriodResolver(setup.grain, setup.timeZone);
    this.#starts = new Int32Array(this.#width + 1);
    this.#ends = new Int32Array(this.#width + 1);
    this.#flags = new Uint8Array(this.#width + 1);
    for (const stop of [setup.delimiter, LF, CR, QUOTE]) this.#stopsOutside[stop] = 1;
    this.#dateShortcut = !"0123456789-:TZ+".includes(String.fromCharCode(setup.delimiter));
    for (const stop of [LF, CR, QUOTE]) this.#stopsInside[stop] = 1;
    this.#window = Buffer.allocUnsafe(setup.windowBytes ?? WINDOW_BYTES);
    this.#maxWindow = 2 * setup.maxRecordBytes + WINDOW_SLACK;
  }

  /** Reads and counts the records that start in `[task.start, task.ownedEnd)`. */
  scan(task: ChunkTask, readAt: ReadAt): ChunkOutcome {
    this.#resetChunk();
    const { fileSize } = this.#setup;
    let buffer = this.#window;
    let windowStart = task.start; // file offset of buffer[0]
    // One byte is kept for a line feed after the data read: the scan's inner loops stop on it, so they need
    // no bounds check of their own (parseRecord's contract: `bytes[length]` is a stop byte).
    let room = buffer.length - 1;
    let length = readAt(buffer, 0, room, windowStart);
    buffer[length] = LF;
    let checkedUtf8 = 0; // buffer index up to which the bytes are known to be UTF-8
    let position = 0; // buffer index of the next record
    let lines = 0; // line feeds from task.start to `position`
    let quotes = 0;
    let tailNewlines = 0;
    let irregular: string | null = null;
    let parsed = 0; // records and empty lines read
    let start = task.start;
    let startedInside: string | null = null;

    const checkUtf8 = (upTo: number) => {
      if (upTo > checkedUtf8 && !isUtf8(buffer.subarray(checkedUtf8, upTo))) irregular = "invalid UTF-8";
      checkedUtf8 = upTo;
    };
    const atEnd = () => windowStart + length >= fileSize;
    checkUtf8(atEnd() ? length : buffer.lastIndexOf(LF, length - 1) + 1);

    while (irregular === null) {
      const recordStart = windowStart + position;
      if (recordStart >= task.ownedEnd || (position >= length && atEnd())) break;
      const end = position < length ? this.parseRecord(buffer, position, length, atEnd()) : INCOMPLETE;
      if (end === IRREGULAR) {
        const reason = `${this.#irregular} in the record at byte ${recordStart}`;
        // A chunk's start that reads as broken is most likely inside a quoted field (a comment's line
        // break). Read on from where such a field's record would end; the quote parity decides later which
        // reading was right (see `startedInside`), so the chunk is seldom read twice.
        // A few lines of a multi-line comment may read as records before one breaks: those are dropped.
        const resume =
          task.index > 0 &&
          parsed <= MAX_RECORDS_BEFORE_BREAK &&
          startedInside === null &&
          windowStart === task.start
            ? this.#afterQuotedContinuation(buffer, 0, length, atEnd())
            : -1;
        if (resume < 0) {
          irregular = reason;
          break;
        }
        this.#resetChunk();
        // Counted like a record: the chunk's own bytes, and past its end only the line feeds of the tail.
        const owned = Math.min(resume, task.ownedEnd - windowStart);
        const skipped = countTail(buffer, 0, owned);
        lines = skipped.newlines;
        quotes = skipped.quotes;
        if (resume > owned) tailNewlines = countTail(buffer, owned, resume).newlines;
        startedInside = reason;
        start = windowStart + resume;
        this.#irregular = "";
        position = resume;
        continue;
      }
      if (end === INCOMPLETE) {
        if (atEnd()) {
          irregular = "unterminated quote at the end of the file";
          break;
        }
        if (position === 0) {
          // A record longer than the window: a bigger one, up to twice the longest record allowed.
          if (buffer.length >= this.#maxWindow) {
            irregular = "a record longer than the read window";
            break;
          }
          const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 2, this.#maxWindow));
          buffer.copy(bigger, 0, 0, length);
          buffer = bigger;
          this.#window = bigger;
          room = buffer.length - 1;
        }
        // Keep the unfinished record and read on after it.
        buffer.copy(buffer, 0, position, length);
        windowStart += position;
        length -= position;
        checkedUtf8 = Math.max(0, checkedUtf8 - position);
        position = 0;
        length += readAt(buffer, length, room - length, windowStart + length);
        buffer[length] = LF;
        checkUtf8(atEnd() ? length : buffer.lastIndexOf(LF, length - 1) + 1);
        continue;
      }
      parsed += 1;
      if (end - position > this.#setup.maxRecordBytes) {
        irregular = "a record longer than maxRecordBytes";
        break;
      }
      const recordEnd = windowStart + end;
      const line = lines;
      if (recordEnd > task.ownedEnd) {
        // The last record runs past the chunk's end: the next chunk counts what lies beyond it.
        const beyond = task.ownedEnd - windowStart;
        const tail = countTail(buffer, beyond, end);
        tailNewlines = tail.newlines;
        quotes += this.#recordQuotes - tail.quotes;
        lines += this.#recordNewlines - tail.newlines;
      } else {
        quotes += this.#recordQuotes;
        lines += this.#recordNewlines;
      }
      if (this.#fieldCount > 0) {
        this.#countRecord(buffer, line);
        if (this.#rejections.length > MAX_CHUNK_REJECTIONS) irregular = "too many rejections";
        if (this.#irregular !== "") irregular = this.#irregular;
      }
      position = end;
    }
    // A chunk read from a wrong start (inside a quoted field) usually stops early at some "irregularity";
    // the parity check of the chunks after it still needs all its quotes and line feeds.
    const counts = irregular === null ? { quotes, newlines: lines } : this.#rawCounts(task, readAt);
    return this.#outcome(task, {
      irregular,
      ...counts,
      start,
      startedInside,
      end: windowStart + position,
      tailNewlines,
    });
  }

  /** Quotes and line feeds in the chunk's bytes, whatever they mean. */
  #rawCounts(task: ChunkTask, readAt: ReadAt): { quotes: number; newlines: number } {
    const buffer = this.#window;
    let quotes = 0;
    let newlines = 0;
    for (let at = task.start; at < task.ownedEnd; ) {
      const read = readAt(buffer, 0, Math.min(buffer.length, task.ownedEnd - at), at);
      if (read === 0) break;
      const counts = countTail(buffer, 0, read);
      quotes += counts.quotes;
      newlines += counts.newlines;
      at += read;
    }
    return { quotes, newlines };
  }

  /**
   * Finds the fields of the record at `at`: their positions go to the scanner's arrays, the line feeds and
   * quotes in it to its counters. Returns the index after the record's line end, {@link INCOMPLETE} when the
   * buffer ends first, or {@link IRREGULAR}. An empty line is a record of no fields. `bytes[length]` must be
   * a line feed (a sentinel: it ends the inner loops without a bounds check).
   */
  parseRecord(bytes: Buffer, at: number, length: number, atEnd: boolean): number {
    const delimiter = this.#setup.delimiter;
    const stopsOutside = this.#stopsOutside;
    const stopsInside = this.#stopsInside;
    let starts = this.#starts;
    let ends = this.#ends;
    let flagsOf = this.#flags;
    let newlines = 0;
    let quotes = 0;
    let fields = 0;
    let i = at;
    this.#dateRead = false;
    // An empty line is skipped, as the row-by-row reader does.
    // (Bytes past `length` are stale: every look ahead checks the bound first.)
    if (bytes[i] === LF || (bytes[i] === CR && i + 1 < length && bytes[i + 1] === LF)) {
      this.#fieldCount = 0;
      this.#recordNewlines = 1;
      this.#recordQuotes = 0;
      return bytes[i] === LF ? i + 1 : i + 2;
    }
    for (;;) {
      let start: number;
      let end: number;
      let flags = 0;
      if (i < length && bytes[i] === QUOTE) {
        flags = 1;
        quotes += 1;
        start = i + 1;
        let j = start;
        for (;;) {
          // Skip to the next quote, line feed or carriage return: one table look-up per byte.
          while (stopsInside[bytes[j]!] === 0) j += 1;
          if (j >= length) return INCOMPLETE;
          const c = bytes[j]!;
          if (c === LF) {
            newlines += 1;
            j += 1;
            continue;
          }
          if (c === CR) {
            if (j + 1 < length ? bytes[j + 1] !== LF : atEnd) return this.#refuse("a lone CR");
            j += 1;
            continue;
          }
          quotes += 1;
          if (j + 1 >= length && !atEnd) return INCOMPLETE;
          if (j + 1 < length && bytes[j + 1] === QUOTE) {
            flags = 3;
            quotes += 1;
            j += 2;
            continue;
          }
          break;
        }
        end = j;
        i = j + 1;
        if (i < length) {
          const c = bytes[i]!;
          if (c !== delimiter && c !== LF && c !== CR) return this.#refuse("text after a closing quote");
        }
      } else {
        start = i;
        // The date column's usual timestamp is read where it stands, and skipped whole (see #dateRead).
        if (fields === this.#dateAt && this.#dateShortcut) {
          const width = bytes[i + 19] === 90 ? 20 : 25;
          if (i + width < length && stopsOutside[bytes[i + width]!] !== 0) {
            if (isoInstantInto(bytes, i, i + width, this.#instant)) {
              this.#dateRead = true;
              i += width;
            }
          }
        }
        if (fields === this.#idAt) {
          // Whole-number ids are read in passing too: digits first, then whatever else the field holds.
          let value = 0;
          while ((bytes[i]! - ZERO) >>> 0 <= 9) {
            value = value * 10 + (bytes[i]! - ZERO);
            i += 1;
          }
          this.#idDigits = i - start;
          this.#idValue = value;
        }
        while (stopsOutside[bytes[i]!] === 0) i += 1;
        if (i >= length) {
          if (!atEnd) return INCOMPLETE;
        } else if (bytes[i] === QUOTE) return this.#refuse("a quote inside an unquoted field");
        end = i;
      }
      if (fields === starts.length) {
        this.#growFields();
        starts = this.#starts;
        ends = this.#ends;
        flagsOf = this.#flags;
      }
      starts[fields] = start;
      ends[fields] = end;
      flagsOf[fields] = flags;
      fields += 1;
      if (i >= length) break; // the last record of the file, without a line end
      const c = bytes[i]!;
      if (c === delimiter) {
        i += 1;
        continue;
      }
      if (c === LF) {
        newlines += 1;
        i += 1;
        break;
      }
      // CR
      if (i + 1 >= length && !atEnd) return INCOMPLETE;
      if (i + 1 >= length || bytes[i + 1] !== LF) return this.#refuse("a lone CR");
      newlines += 1;
      i += 2;
      break;
    }
    this.#fieldCount = fields;
    this.#recordNewlines = newlines;
    this.#recordQuotes = quotes;
    return i;
  }

  /**
   * Where the record ends if `at` is inside a quoted field: after the closing quote (doubled quotes are
   * text), the rest of the record's fields and its line end. -1 when that cannot be read here.
   */
  #afterQuotedContinuation(bytes: Buffer, at: number, length: number, atEnd: boolean): number {
    let j = at;
    for (;;) {
      while (j < length && bytes[j] !== QUOTE) j += 1;
      if (j + 1 >= length) return -1;
      if (bytes[j + 1] !== QUOTE) break;
      j += 2;
    }
    const after = j + 1;
    const c = bytes[after];
    if (c === LF) return after + 1;
    if (c === CR) return bytes[after + 1] === LF && after + 1 < length ? after + 2 : -1;
    if (c !== this.#setup.delimiter) return -1;
    const end = this.parseRecord(bytes, after + 1, length, atEnd);
    return end < 0 ? -1 : end;
  }

  /** Room for more fields than the header has: the row mapper rejects such a row, quoting all of them. */
  #growFields(): void {
    const size = this.#starts.length * 2;
    const grow = <T extends Int32Array | Uint8Array>(old: T, made: T): T => {
      made.set(old);
      return made;
    };
    this.#starts = grow(this.#starts, new Int32Array(size));
    this.#ends = grow(this.#ends, new Int32Array(size));
    this.#flags = grow(this.#flags, new Uint8Array(size));
  }

  /** Where field `index` of the record {@link parseRecord} read last lies: [start, end) in its bytes. */
  fieldAt(index: number): [number, number] {
    return [this.#starts[index]!, this.#ends[index]!];
  }

  /** Fields of the record {@link parseRecord} read last (0 for an empty line). */

  get fieldCount(): number {
    return this.#fieldCount;
  }

  #refuse(reason: string): number {
    this.#irregular = reason;
    return IRREGULAR;
  }

  /** Counts the record just parsed, from its bytes when it is a boring row, else through the row mapper. */
  #countRecord(bytes: Buffer, line: number): void {
    this.#records += 1;
    if (!this.#countFromBytes(bytes)) this.#mapRecord(bytes, line);
  }

  /** Counts a boring row straight from its bytes; false when the row mapper must read it. */
  #countFromBytes(bytes: Buffer): boolean {
    const starts = this.#starts;
    const ends = this.#ends;
    const flags = this.#flags;
    if (!this.#simpleRows || this.#fieldCount !== this.#width) return false;

    const scoreAt = this.#scoreAt;
    const scoreStart = starts[scoreAt]!;
    const scoreLength = ends[scoreAt]! - scoreStart;
    let score: number;
    if (flags[scoreAt] !== 0) return false;
    if (scoreLength === 0) score = UNANSWERED;
    else if (scoreLength === 1) {
      score = bytes[scoreStart]! - ZERO;
      if (score < 0 || score > 9) return false;
    } else if (scoreLength === 2 && bytes[scoreStart] === ZERO + 1 && bytes[scoreStart + 1] === ZERO) {
      score = 10;
    } else return false;

    const dateAt = this.#dateAt;
    if (flags[dateAt] !== 0) return false;
    if (!this.#dateRead && !isoInstantInto(bytes, starts[dateAt]!, ends[dateAt]!, this.#instant))
      return false;

    let id = -1;
    if (this.#idAt >= 0) {
      const idAt = this.#idAt;
      if (flags[idAt] !== 0 || ends[idAt]! - starts[idAt]! > MAX_ID) return false;
      // Read in passing by parseRecord: a canonical whole number is all digits, at most 15, no leading zero.
      const length = ends[idAt]! - starts[idAt]!;
      const digits = this.#idDigits;
      if (length === 0) id = -1;
      else if (digits !== length || digits > 15 || (digits > 1 && bytes[starts[idAt]!] === ZERO)) id = -2;
      else id = this.#idValue;
    }
    if (this.#commentAt >= 0 && ends[this.#commentAt]! - starts[this.#commentAt]! > MAX_COMMENT) return false;

    const segmentAt = this.#segmentAt;
    const values = this.#segmentValues;
    for (let s = 0; s < segmentAt.length; s++) {
      const at = segmentAt[s]!;
      if (starts[at] === ends[at]) {
        values[s] = -1;
        continue;
      }
      if (this.#counted[s] === 0 && flags[at] === 0 && plainEnds(bytes, starts[at]!, ends[at]!)) {
        // Not counted by: only its validity matters, and an unquoted value with printable ASCII at both
        // ends is valid (nothing to trim, short enough). Others go through the interner's check.
        values[s] = -1;
        continue;
      }
      const interner = this.#interners[s]!;
      const value = interner.intern(bytes, starts[at]!, ends[at]!, flags[at] !== 0);
      if (value < 0) {
        this.#irregular = "a segment column with over a million values";
        return true;
      }
      if (!interner.fast[value]) return false;
      values[s] = value;
    }
    // An empty id is made from the line: unique. Any other id that is not a whole number cannot be shown
    // unique here; the file is then left to the row-by-row path, which finds duplicates.
    if (id >= 0) this.#seeId(id);
    else if (id === -2) this.#idsIncreasing = false;
    this.#add(score, values);
    return true;
  }

  /** Segment value ids of the current row, per segment column (-1 = none). */
  readonly #segmentValues: number[] = [];

  /** The reference path for one record: decode it, map it, validate it — exactly as the row-by-row path. */
  #mapRecord(bytes: Buffer, line: number): void {
    const fields: string[] = [];
    for (let f = 0; f < this.#fieldCount; f++) {
      const text = bytes.toString("utf8", this.#starts[f]!, this.#ends[f]!);
      fields.push(this.#flags[f]! & 2 ? text.replaceAll('""', '"') : text);
    }
    this.#mapRow ??= createRowMapper({
      mapping: this.#setup.mapping,
      file: this.#setup.file,
      idPrefix: basenameOf(this.#setup.file),
      parseDate: createDateTimeParser({
        timeZone: this.#setup.dateTimeZone,
        dateOrder: this.#setup.dateOrder,
      }),
      source: this.#setup.source,
    });
    const mapped = this.#mapRow({ fields, line });
    if (mapped === null) {
      this.#records -= 1; // a row of empty cells is not a record
      return;
    }
    if ("rejection" in mapped) {
      const { raw, reason, location } = mapped.rejection;
      this.#rejections.push({ stage: "read", raw, reason, location: { ...location, line } });
      return;
    }
    const { record } = mapped;
    const validation = validateResponse(record.response);
    if (!validation.valid) {
      const first = validation.issues[0];
      this.#rejections.push({
        stage: "validate",
        raw: record.raw ?? record.response,
        reason: validation.issues.map(formatIssue).join("; "),
        location: { ...record.location, line, ...(first !== undefined && { field: first.pointer }) },
      });
      return;
    }
    const response = validation.response;
    const values = this.#segmentValues;
    for (let s = 0; s < this.#segmentAt.length; s++) {
      const value = response.segments?.[this.#setup.mapping.segmentNames[s]!];
      values[s] = value === undefined ? -1 : this.#interners[s]!.internString(value);
      if (value !== undefined && values[s]! < 0) {
        this.#irregular = "a segment column with over a million values";
        return;
      }
    }
    if (this.#idAt >= 0 && (this.#fieldCount === this.#width ? fields[this.#idAt]!.trim() : "") !== "") {
      const id = /^(0|[1-9]\d{0,14})$/.test(response.id) ? Number(response.id) : -2;
      if (id === -2) this.#idsIncreasing = false;
      else this.#seeId(id);
    }
    this.#instant[0] = Date.parse(response.submittedAt);
    this.#add(response.score ?? UNANSWERED, values);
  }

  #seeId(id: number): void {
    if (this.#firstId < 0) this.#firstId = id;
    else if (id <= this.#lastId) this.#idsIncreasing = false;
    this.#lastId = id;
  }

  /** Adds one response to the histogram of its period and dimension values. */
  #add(score: number, segmentValues: readonly number[]): void {
    const instant = this.#instant[0]!;
    const bounds = this.#periodBounds;
    let cells = this.#lastCells;
    if (!(instant >= bounds[0]! && instant < bounds[1]!)) cells = this.#enterPeriod(instant);
    // One small number for the combination of the dimensions' values: an index into the period's counts.
    const dimensionAt = this.#dimensionAt;
    let combo = 0;
    if (dimensionAt.length === 1) {
      const s = dimensionAt[0]!;
      combo = (s < 0 ? -1 : segmentValues[s]!) + 1;
    } else if (dimensionAt.length > 1) {
      combo = this.#comboOf(segmentValues);
    }
    let counts = cells[combo];
    if (counts === undefined) {
      counts = new Int32Array(12);
      cells[combo] = counts;
    }
    counts[score]! += 1;
  }

  /** The counts of the period `instant` is in, which becomes the current one. */
  #enterPeriod(instant: number): Int32Array[] {
    const period = this.#periodAt(instant);
    let periodIndex = this.#periodIndex.get(period);
    if (periodIndex === undefined) {
      periodIndex = this.#periods.length;
      this.#periods.push({ key: period.key, millis: instant });
      this.#periodIndex.set(period, periodIndex);
    }
    const cells = this.#cells[periodIndex] ?? [];
    this.#cells[periodIndex] = cells;
    this.#periodBounds[0] = Date.parse(period.start);
    this.#periodBounds[1] = Date.parse(period.end);
    this.#lastCells = cells;
    return cells;
  }

  /** Numbers a combination of several dimensions' values, one Map lookup per dimension. */
  #comboOf(segmentValues: readonly number[]): number {
    let combo = 0;
    for (const s of this.#dimensionAt) {
      const value = (s < 0 ? -1 : segmentValues[s]!) + 1;
      const key = combo * VALUE_RADIX + value;
      let next = this.#combos.get(key);
      if (next === undefined) {
        next = this.#comboValues.length + 1;
        this.#combos.set(key, next);
        this.#comboValues.push([...(this.#comboValues[combo - 1] ?? []), value - 1]);
      }
      combo = next;
    }
    return combo;
  }

  #resetChunk(): void {
    this.#cells = [];
    this.#lastCells = [];
    // No current period: the next row looks its period up (and the chunk's own counts are new).
    this.#periodBounds[0] = 1;
    this.#periodBounds[1] = 0;
    this.#rejections = [];
    this.#records = 0;
    this.#firstId = -1;
    this.#lastId = -1;
    this.#idsIncreasing = true;
    this.#irregular = "";
  }

  #outcome(
    task: ChunkTask,
    read: Pick<
      ChunkOutcome,
      "irregular" | "quotes" | "newlines" | "start" | "startedInside" | "end" | "tailNewlines"
    >,
  ): ChunkOutcome {
    const single = this.#dimensionAt.length === 1;
    const cells: number[][] = [];
    this.#cells.forEach((byCombo, period) => {
      byCombo.forEach((counts, combo) => {
        const values = single
          ? [combo - 1]
          : this.#dimensionAt.length === 0
            ? []
            : this.#comboValues[combo - 1]!;
        cells.push([period, ...values, ...counts]);
      });
    });
    const newPeriods = this.#periods.slice(this.#periodsSent);
    this.#periodsSent = this.#periods.length;
    const newValues = this.#dimensionAt.map((s, d) => {
      if (s < 0) return [];
      const values = this.#interners[s]!.values;
      const fresh = values.slice(this.#valuesSent[d]);
      this.#valuesSent[d] = values.length;
      return fresh;
    });
    return {
      index: task.index,
      ...read,
      records: this.#records,
      ids: this.#firstId < 0 ? null : { first: this.#firstId, last: this.#lastId },
      idsIncreasing: this.#idsIncreasing,
      cells,
      newPeriods,
      newValues,
      rejections: this.#rejections,
    };
  }
}

/** Whether a field of at most 1,024 bytes starts and ends with printable ASCII: nothing for `trim` to take. */
function plainEnds(bytes: Uint8Array, start: number, end: number): boolean {
  const first = bytes[start]!;
  const last = bytes[end - 1]!;
  return end - start <= 1024 && first > 32 && first < 127 && last > 32 && last < 127;
}

/** Line feeds and quotes in `bytes[from, to)`. */
function countTail(bytes: Buffer, from: number, to: number): { newlines: number; quotes: number } {
  let newlines = 0;
  let quotes = 0;
  for (let i = from; i < to; i++) {
    if (bytes[i] === LF) newlines += 1;
    else if (bytes[i] === QUOTE) quotes += 1;
  }
  return { newlines, quotes };
}

function basenameOf(path: string): string {
  return path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
}
