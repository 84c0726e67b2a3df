import type { CsvProblem, CsvRow } from "./csvRow.js";

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** Longest `CsvProblem.text`; longer skipped lines are cut and end with "…". */
export const MAX_PROBLEM_TEXT = 10_000;

/** Options of {@link CsvScanner}. */
export interface CsvScannerOptions {
  /** One character (one UTF-16 code unit), not a quote or a line break. */
  readonly delimiter: string;
  /** A record longer than this many characters is reported as malformed. */
  readonly maxRecordBytes: number;
  /** Receives each record that cannot be read; the scanner carries on after it. */
  readonly onMalformed: (problem: CsvProblem) => void;
  /** Reason given for a record that contains a character marked invalid by {@link CsvScanner.feed}. */
  readonly invalidTextReason?: string;
}

// Where a record scan ended.
const COMPLETE = 0;
const NEED_MORE = 1;
const MALFORMED = 2;

/**
 * An RFC 4180 scanner fed with decoded text in chunks of any size; it returns the records completed so far.
 * It keeps only the unfinished record (at most `maxRecordBytes` characters), so memory stays constant.
 *
 * Line ends may be CRLF, LF or a lone CR, and are kept as they are inside quoted fields. Empty lines are
 * skipped. A quote inside an unquoted field is an ordinary character (`5" screen`). A broken record — an
 * unterminated quote, text after a closing quote, a record over `maxRecordBytes` — is reported with the
 * line where it starts, and scanning resumes on the line after that record's first line: a broken quote
 * costs one record, never the rest of the file. The result does not depend on where chunks are split.
 *
 * @example
 * const scanner = new CsvScanner({ delimiter: ",", maxRecordBytes: 1 << 20, onMalformed: console.warn });
 * scanner.feed('id,comment\n1,"Fast, ');  // [{ fields: ["id", "comment"], line: 1 }]
 * scanner.feed('friendly"\n');            // [{ fields: ["1", "Fast, friendly"], line: 2 }]
 * scanner.finish();                        // []
 */
export class CsvScanner {
  readonly #delimiter: number;
  readonly #delimiterText: string;
  readonly #max: number;
  readonly #onMalformed: (problem: CsvProblem) => void;
  readonly #invalidReason: string;
  /** Unconsumed text; it starts at a record boundary, or inside the line being skipped. */
  #buffer = "";
  /** Offset of `#buffer` in the whole decoded text, to place invalid-character marks. */
  #base = 0;
  /** Physical line number of `#buffer`'s first character. */
  #line = 1;
  /** Discarding the rest of a broken record's first line. */
  #skipping = false;
  /** The broken record being skipped, reported once its first line is complete (its text is that line). */
  #pending: { line: number; reason: string; text: string; cut: boolean } | undefined;
  /** Offsets (in the whole text) of characters that stand for invalid bytes, ascending; a queue from `#head`. */
  #invalid: number[] = [];
  #head = 0;

  constructor(options: CsvScannerOptions) {
    const { delimiter } = options;
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === "\n" || delimiter === "\r") {
      throw new RangeError(`the delimiter must be one character other than a quote or a line break`);
    }
    this.#delimiter = delimiter.charCodeAt(0);
    this.#delimiterText = delimiter;
    this.#max = options.maxRecordBytes;
    this.#onMalformed = options.onMalformed;
    this.#invalidReason = options.invalidTextReason ?? "invalid text: the record contains invalid characters";
  }

  /**
   * Adds the next piece of text and returns the records it completes. `invalid` lists positions in `text` of
   * characters that replace undecodable bytes: a record containing one is reported instead of returned.
   */
  feed(text: string, invalid: readonly number[] = []): CsvRow[] {
    const offset = this.#base + this.#buffer.length;
    for (const index of invalid) this.#invalid.push(offset + index);
    this.#buffer = this.#buffer === "" ? text : this.#buffer + text;
    return this.#scan(false);
  }

  /** Ends the input: returns the last records (one without a final line break included). */
  finish(): CsvRow[] {
    const rows = this.#scan(true);
    this.#buffer = "";
    return rows;
  }

  #scan(final: boolean): CsvRow[] {
    const rows: CsvRow[] = [];
    const buffer = this.#buffer;
    const n = buffer.length;
    const delimiter = this.#delimiter;
    const max = this.#max;
    let pos = 0;
    let line = this.#line;
    // Next quote, LF, CR and delimiter at or after `pos` (Infinity: none in the buffer), found with indexOf and
    // kept until passed, so no search is repeated: most records are one line without quotes, and those are cut
    // at the delimiters without looking at each character.
    let nextQuote = -1;
    let nextLf = -1;
    let nextCr = -1;
    let nextDelimiter = -1;

    for (;;) {
      if (this.#skipping) {
        if (nextLf < pos) nextLf = indexAfter(buffer, "\n", pos);
        if (nextCr < pos) nextCr = indexAfter(buffer, "\r", pos);
        const lineEnd = Math.min(nextLf, nextCr);
        const k = lineEnd === Number.POSITIVE_INFINITY ? -1 : lineEnd;
        this.#keepSkipped(buffer.slice(pos, k === -1 ? n : k));
        if (k === -1) {
          pos = n;
          if (final) this.#reportPending();
          break;
        }
        const crlf = buffer.charCodeAt(k) === CR;
        if (crlf && k + 1 === n && !final) {
          pos = k; // an LF may follow in the next chunk: it belongs to this line break
          break;
        }
        this.#reportPending();
        pos = k + (crlf && buffer.charCodeAt(k + 1) === LF ? 2 : 1);
        line += 1;
        this.#skipping = false;
      }
      if (pos >= n) break;
      const first = buffer.charCodeAt(pos);
      if (first === LF || first === CR) {
        // An empty line: not a record.
        if (first === CR && pos + 1 === n && !final) break;
        pos += first === CR && buffer.charCodeAt(pos + 1) === LF ? 2 : 1;
        line += 1;
        continue;
      }

      if (nextQuote < pos) nextQuote = indexAfter(buffer, '"', pos);
      if (nextLf < pos) nextLf = indexAfter(buffer, "\n", pos);
      if (nextCr < pos) nextCr = indexAfter(buffer, "\r", pos);
      const end = Math.min(nextLf, nextCr);
      if (
        end < nextQuote &&
        end < n &&
        end - pos <= max &&
        (end + 1 < n || final || buffer.charCodeAt(end) === LF)
      ) {
        const fields: string[] = [];
        for (let from = pos; ; ) {
          if (nextDelimiter < from) nextDelimiter = indexAfter(buffer, this.#delimiterText, from);
          if (nextDelimiter > end) {
            fields.push(buffer.slice(from, end));
            break;
          }
          fields.push(buffer.slice(from, nextDelimiter));
          from = nextDelimiter + 1;
        }
        if (this.#isInvalid(this.#base + pos, this.#base + end)) this.#reportInvalid(buffer, pos, end, line);
        else rows.push({ fields, line });
        pos = end + (end === nextCr && buffer.charCodeAt(end + 1) === LF ? 2 : 1);
        line += 1;
        continue;
      }

      const start = pos;
      const fields: string[] = [];
      let i = pos;
      let breaks = 0; // line breaks inside quoted fields so far
      let status = COMPLETE;
      let reason = "";
      field: for (;;) {
        if (i < n && buffer.charCodeAt(i) === QUOTE) {
          const openLine = line + breaks;
          let value = "";
          let from = i + 1;
          let j = from;
          for (;;) {
            if (j >= n) {
              i = n;
              if (!final) status = NEED_MORE;
              else {
                status = MALFORMED;
                reason = `unterminated quote: the file ends inside the quoted field opened on line ${openLine}`;
              }
              break field;
            }
            const c = buffer.charCodeAt(j);
            if (c === QUOTE) {
              if (j + 1 >= n && !final) {
                i = n;
                status = NEED_MORE; // `""` or a closing quote: the next chunk decides
                break field;
              }
              if (buffer.charCodeAt(j + 1) === QUOTE) {
                value += buffer.slice(from, j + 1);
                j += 2;
                from = j;
                continue;
              }
              value += buffer.slice(from, j);
              i = j + 1;
              break;
            }
            if (c === LF || (c === CR && buffer.charCodeAt(j + 1) !== LF)) breaks += 1;
            j += 1;
          }
          fields.push(value);
          if (i >= n) {
            if (final) break;
            status = NEED_MORE;
            break;
          }
          const after = buffer.charCodeAt(i);
          if (after === delimiter) {
            i += 1;
            continue;
          }
          if (after === LF || after === CR) break;
          status = MALFORMED;
          reason =
            `text after a closing quote: the quoted field closed on line ${line + breaks} is followed by ` +
            `other text (is a quote unterminated, or not doubled inside quotes?)`;
          break;
        }
        let k = i;
        while (k < n) {
          const c = buffer.charCodeAt(k);
          if (c === delimiter || c === LF || c === CR) break;
          k += 1;
        }
        if (k >= n && !final) {
          i = n;
          status = NEED_MORE;
          break;
        }
        fields.push(buffer.slice(i, k));
        if (k < n && buffer.charCodeAt(k) === delimiter) {
          i = k + 1;
          continue;
        }
        i = k;
        break;
      }

      // `i` is where the scan stopped: the record's line break (or the end of the text when final), the text
      // that broke it, or the end of the buffer. Judging length there makes the outcome independent of chunks.
      if (i - start > max) {
        status = MALFORMED;
        reason = `record too long: over ${max} characters (maxRecordBytes); is a quote unterminated?`;
      }
      if (status === NEED_MORE) {
        pos = start;
        break;
      }
      if (status === COMPLETE && i + 1 === n && buffer.charCodeAt(i) === CR && !final) {
        pos = start; // the record is whole, but an LF may follow in the next chunk
        break;
      }
      if (status === MALFORMED) {
        this.#pending = { line, reason, text: "", cut: false };
        this.#skipping = true;
        pos = start;
        continue;
      }

      if (this.#isInvalid(this.#base + start, this.#base + i)) {
        this.#reportInvalid(buffer, start, i, line);
      } else {
        rows.push({ fields, line });
      }
      if (i >= n) {
        pos = n;
        break;
      }
      pos = i + (buffer.charCodeAt(i) === CR && buffer.charCodeAt(i + 1) === LF ? 2 : 1);
      line += 1 + breaks;
    }

    this.#buffer = pos >= n ? "" : buffer.slice(pos);
    this.#base += pos;
    this.#line = line;
    return rows;
  }

  /** Reports the record in [start, end) as holding undecodable bytes. */
  #reportInvalid(buffer: string, start: number, end: number, line: number): void {
    const cut = end - start > MAX_PROBLEM_TEXT;
    const text = buffer.slice(start, cut ? start + MAX_PROBLEM_TEXT : end) + (cut ? "…" : "");
    this.#onMalformed({ line, reason: this.#invalidReason, text });
  }

  /** Adds skipped text to the pending problem, up to its length limit. */
  #keepSkipped(text: string): void {
    const pending = this.#pending;
    if (pending === undefined || text === "") return;
    const room = Math.min(MAX_PROBLEM_TEXT, this.#max) - pending.text.length;
    if (text.length > room) pending.cut = true;
    pending.text += room > 0 ? text.slice(0, room) : "";
  }

  #reportPending(): void {
    const pending = this.#pending;
    if (pending === undefined) return;
    this.#pending = undefined;
    this.#onMalformed({
      line: pending.line,
      reason: pending.reason,
      text: pending.text + (pending.cut ? "…" : ""),
    });
  }

  /** Whether an invalid-character mark falls in [start, end); marks before `start` are dropped. */
  #isInvalid(start: number, end: number): boolean {
    const marks = this.#invalid;
    if (this.#head >= marks.length) return false;
    while (this.#head < marks.length && marks[this.#head]! < start) this.#head += 1;
    if (this.#head > 1024 && this.#head * 2 > marks.length) {
      this.#invalid = marks.slice(this.#head);
      this.#head = 0;
    }
    return this.#head < this.#invalid.length && this.#invalid[this.#head]! < end;
  }
}

/** Index of `search` at or after `from`, or Infinity when there is none. */
function indexAfter(text: string, search: string, from: number): number {
  const index = text.indexOf(search, from);
  return index === -1 ? Number.POSITIVE_INFINITY : index;
}
