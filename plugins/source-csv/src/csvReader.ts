import { createReadStream } from "node:fs";
import { fileError, InputError, InvalidArgumentError } from "@npskit/core";
import { createChunkDecoder, type DecodedText } from "./chunkDecoder.js";
import type { CsvProblem, CsvRow } from "./csvRow.js";
import { CsvScanner } from "./csvScanner.js";
import { DELIMITER_CANDIDATES, detectDelimiter, hasRecords } from "./detectDelimiter.js";
import { type DetectedEncoding, detectEncoding, encodingOption } from "./detectEncoding.js";
import { fileSize } from "./fileSize.js";

/** Options of {@link readCsvRows}. */
export interface CsvReadOptions {
  /**
   * Text encoding: any label `TextDecoder` knows ("utf-8", "utf-16le", "windows-1251", "cp1251"…).
   * @default detected: a byte order mark, else UTF-8 if the first MiB is valid UTF-8, else Windows-1251
   */
  readonly encoding?: string;
  /**
   * Field delimiter, one character.
   * @default detected among `,` `;` tab `|` from the first records (quote-aware)
   */
  readonly delimiter?: string;
  /**
   * A record longer than this (in characters of decoded text; bytes for ASCII) is reported as malformed —
   * almost always an unterminated quote. It also bounds the memory a record can take.
   * @default 1048576 (1 MiB)
   */
  readonly maxRecordBytes?: number;
  /** Stops reading: the iteration ends without yielding more rows. */
  readonly signal?: AbortSignal;
  /**
   * Receives each record that cannot be read (see {@link CsvProblem}); reading carries on with the next line.
   * @default throw an `InputError` (code NPSKIT_E_INPUT) for the first one
   */
  readonly onMalformed?: (problem: CsvProblem) => void;
  /** Receives the byte count after each chunk read: cheap, for a progress display. */
  readonly onProgress?: (progress: CsvReadProgress) => void;
  /** Receives the encoding and delimiter in use, once, before the first rows. */
  readonly onDialect?: (dialect: CsvDialect) => void;
}

/** Reading progress. */
export interface CsvReadProgress {
  /** Bytes read so far. */
  readonly bytes: number;
  /** Size of the file; absent when it is not a regular file (a pipe). */
  readonly totalBytes?: number;
}

/** The encoding and delimiter a file is read with, and where each came from. */
export interface CsvDialect {
  /** Canonical encoding name, e.g. "utf-8", "utf-16le", "windows-1251". */
  readonly encoding: string;
  /** How the encoding was chosen: the option, a byte order mark, or detection. */
  readonly encodingEvidence: DetectedEncoding["evidence"];
  /** Whether the file starts with a byte order mark (skipped). */
  readonly bom: boolean;
  readonly delimiter: string;
  readonly delimiterDetected: boolean;
}

/** Default chunk size: large reads keep the per-chunk overhead negligible. */
export const DEFAULT_CHUNK_SIZE = 1 << 20;
/** Default {@link CsvReadOptions.maxRecordBytes}. */
export const DEFAULT_MAX_RECORD_BYTES = 1 << 20;
/** Bytes checked to detect the encoding: validating them as UTF-8 takes well under a millisecond. */
const ENCODING_SAMPLE = 1 << 20;
/** Characters of decoded text scanned at a time, so that a batch holds a few thousand rows at most. */
const SCAN_SLICE = 64 * 1024;
/** Characters looked at to detect the delimiter: hundreds of records. */
const DELIMITER_SAMPLE = 64 * 1024;

/**
 * Reads a CSV file as batches of rows, streaming in constant memory (files larger than RAM work): RFC 4180
 * quoting with doubled quotes and quoted newlines, CRLF, LF or lone CR line ends, each row with the physical
 * line where it starts. Empty lines are skipped. The first row is the header, if the file has one: rows are
 * returned as they are, all of them.
 *
 * Encoding and delimiter are detected unless given (see {@link CsvReadOptions}). A broken record — an
 * unterminated quote, text after a closing quote, bytes that are not valid in the encoding — goes to
 * `onMalformed` with its line, and reading resumes on the line after that record's first line, so damage
 * never swallows the rest of the file. A file with a single column and no `delimiter` option is an
 * `InputError`, as is a file that cannot be opened.
 *
 * @example
 * for await (const rows of readCsvRows("export.csv", { onMalformed: (p) => log.warn(`line ${p.line}: ${p.reason}`) })) {
 *   for (const { fields, line } of rows) console.log(line, fields);
 * }
 */
export function readCsvRows(path: string, options: CsvReadOptions = {}): AsyncIterable<CsvRow[]> {
  return readCsvRowsInChunks(path, options, DEFAULT_CHUNK_SIZE);
}

/**
 * {@link readCsvRows} with the size of each read, for tests that place chunk boundaries inside quotes,
 * CRLF pairs and multi-byte characters. Not part of the package's API.
 */
export async function* readCsvRowsInChunks(
  path: string,
  options: CsvReadOptions,
  chunkSize: number,
): AsyncGenerator<CsvRow[], void, undefined> {
  const { signal } = options;
  checkOptions(options);
  if (signal?.aborted) return;
  const totalBytes = await fileSize(path);
  const stream = createReadStream(path, { highWaterMark: chunkSize, ...(signal && { signal }) });
  const reads: AsyncIterator<Buffer> = stream[Symbol.asyncIterator]();
  let bytes = 0;
  const next = async (): Promise<Buffer | undefined> => {
    const result = await reads.next();
    if (result.done === true) return undefined;
    bytes += result.value.length;
    options.onProgress?.(totalBytes === undefined ? { bytes } : { bytes, totalBytes });
    return result.value;
  };

  try {
    // The head of the file, read before anything is decoded: the encoding and delimiter are judged on it.
    const head: Buffer[] = [];
    let headSize = 0;
    let ended = false;
    while (headSize < ENCODING_SAMPLE) {
      const chunk = await next();
      if (chunk === undefined) {
        ended = true;
        break;
      }
      head.push(chunk);
      headSize += chunk.length;
    }
    if (signal?.aborted) return;
    // Judged on fixed amounts of bytes and text, whatever the chunk size, so the outcome never depends on it.
    const sample = Buffer.concat(head);
    const complete = ended && sample.length <= ENCODING_SAMPLE;
    const encoding = chooseEncoding(path, options.encoding, sample.subarray(0, ENCODING_SAMPLE), complete);
    const preview = previewText(encoding, sample, ended);
    const delimiter = chooseDelimiter(path, options.delimiter, preview.text, preview.complete);
    options.onDialect?.({
      encoding: encoding.encoding,
      encodingEvidence: encoding.evidence,
      bom: encoding.bomLength > 0,
      delimiter: delimiter.delimiter,
      delimiterDetected: delimiter.detected,
    });

    const name = encoding.encoding === "utf-8" ? "UTF-8" : encoding.encoding;
    const scanner = new CsvScanner({
      delimiter: delimiter.delimiter,
      maxRecordBytes: options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES,
      onMalformed: options.onMalformed ?? throwOnMalformed(path),
      invalidTextReason:
        `invalid ${name}: the record has bytes that are not ${name}; ` +
        `the file may be in another encoding: set the encoding option (e.g. "windows-1251")`,
    });
    const decoder = createChunkDecoder(encoding.encoding);
    let bom = encoding.bomLength;
    // Each chunk's rows, in slices: small batches are consumed and die young, which keeps garbage collection
    // cheap and memory flat. `undefined` ends the input.
    const rowsOf = function* (chunk: Buffer | undefined): Generator<CsvRow[]> {
      if (chunk === undefined) {
        yield* scanInSlices(scanner, decoder.end());
        yield scanner.finish();
        return;
      }
      const skip = Math.min(bom, chunk.length);
      bom -= skip;
      yield* scanInSlices(scanner, decoder.decode(skip === 0 ? chunk : chunk.subarray(skip)));
    };
    // The head is decoded chunk by chunk like the rest, so chunk boundaries fall where the reads put them.
    const chunks = (async function* () {
      yield* head.splice(0);
      if (ended) return;
      for (let chunk = await next(); chunk !== undefined; chunk = await next()) yield chunk;
    })();
    for await (const chunk of chunks) {
      if (signal?.aborted) return;
      for (const rows of rowsOf(chunk)) {
        if (rows.length === 0) continue;
        yield rows;
        if (signal?.aborted) return;
      }
    }
    if (signal?.aborted) return;
    for (const rows of rowsOf(undefined)) {
      if (rows.length === 0) continue;
      yield rows;
      if (signal?.aborted) return;
    }
  } catch (error) {
    if (signal?.aborted && error instanceof Error && error.name === "AbortError") return;
    throw fileError(path, error);
  } finally {
    stream.destroy();
  }
}

/** Feeds decoded text to the scanner {@link SCAN_SLICE} characters at a time, with its invalid marks. */
function* scanInSlices(scanner: CsvScanner, decoded: DecodedText): Generator<CsvRow[]> {
  const { text, invalid } = decoded;
  if (text.length <= SCAN_SLICE) {
    yield scanner.feed(text, invalid);
    return;
  }
  let mark = 0;
  for (let from = 0; from < text.length; from += SCAN_SLICE) {
    const to = Math.min(text.length, from + SCAN_SLICE);
    const marks: number[] = [];
    for (; mark < invalid.length && invalid[mark]! < to; mark++) marks.push(invalid[mark]! - from);
    yield scanner.feed(text.slice(from, to), marks);
  }
}

function checkOptions(options: CsvReadOptions): void {
  const { delimiter, maxRecordBytes } = options;
  if (delimiter !== undefined && !isDelimiter(delimiter)) {
    throw new InvalidArgumentError(
      `delimiter must be one character other than a quote or a line break (got ${JSON.stringify(delimiter)})`,
    );
  }
  if (maxRecordBytes !== undefined && !(Number.isSafeInteger(maxRecordBytes) && maxRecordBytes > 0)) {
    throw new InvalidArgumentError(
      `maxRecordBytes must be a positive integer (got ${String(maxRecordBytes)})`,
    );
  }
}

/** Whether `value` can be a delimiter: one UTF-16 code unit, not a quote, CR or LF. */
export function isDelimiter(value: string): boolean {
  return value.length === 1 && !/["\r\n]/.test(value) && !/[\uD800-\uDFFF]/.test(value);
}

function chooseEncoding(
  path: string,
  label: string | undefined,
  sample: Uint8Array,
  complete: boolean,
): DetectedEncoding {
  if (label === undefined) return detectEncoding(sample, complete);
  const chosen = encodingOption(label, sample);
  if (chosen === undefined) {
    throw new InputError(`cannot read ${path}: unknown encoding ${JSON.stringify(label)}`, {
      location: { file: path },
    });
  }
  return chosen;
}

function chooseDelimiter(
  path: string,
  option: string | undefined,
  text: string,
  complete: boolean,
): { delimiter: string; detected: boolean } {
  if (option !== undefined) return { delimiter: option, detected: false };
  // An empty file has no delimiter to find, and no rows to split either.
  if (!hasRecords(text)) return { delimiter: ",", detected: false };
  const fit = detectDelimiter(text, complete);
  if (fit === undefined) {
    const tried = DELIMITER_CANDIDATES.map((d) => (d === "\t" ? "tab" : d)).join(" ");
    throw new InputError(
      `cannot detect the delimiter of ${path}: no candidate (${tried}) splits its lines into more than one ` +
        `column; set the delimiter option`,
      { location: { file: path } },
    );
  }
  return { delimiter: fit.delimiter, detected: true };
}

/**
 * The first characters of the file, for delimiter detection, decoded apart from the real reading. `complete`
 * says they are the whole file.
 */
function previewText(
  encoding: DetectedEncoding,
  sample: Buffer,
  ended: boolean,
): { text: string; complete: boolean } {
  // Four bytes per character at most (UTF-8), so this many bytes hold the whole delimiter sample.
  const bytes = sample.subarray(encoding.bomLength, encoding.bomLength + 4 * DELIMITER_SAMPLE);
  const whole = ended && encoding.bomLength + bytes.length === sample.length;
  const decoder = createChunkDecoder(encoding.encoding);
  const text = decoder.decode(bytes).text + (whole ? decoder.end().text : "");
  return text.length > DELIMITER_SAMPLE
    ? { text: text.slice(0, DELIMITER_SAMPLE), complete: false }
    : { text, complete: whole };
}

function throwOnMalformed(path: string): (problem: CsvProblem) => never {
  return (problem) => {
    throw new InputError(`${path}:${problem.line}: ${problem.reason}`, {
      location: { file: path, line: problem.line },
    });
  };
}
