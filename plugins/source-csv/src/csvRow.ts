/** One CSV record: its fields, unquoted and unescaped, and the physical line where it starts. */
export interface CsvRow {
  /** The fields in order; quoted fields without their quotes and with `""` turned into `"`. */
  readonly fields: string[];
  /** 1-based physical line of the file where the record starts (a quoted newline makes later lines count). */
  readonly line: number;
}

/**
 * A record that could not be read: an unterminated quote, text after a closing quote, a record longer than
 * `maxRecordBytes`, or bytes that are invalid in the file's encoding. The reader carries on after it.
 */
export interface CsvProblem {
  /** 1-based physical line where the broken record starts. */
  readonly line: number;
  /**
   * What is wrong, starting with a short category before the first colon ("unterminated quote: …"), so that
   * rejections can be counted by kind.
   */
  readonly reason: string;
  /**
   * The text that was skipped: the record's first physical line (the reader resumes on the next one), or the
   * whole record when only its encoding is wrong. At most 10,000 characters, then "…".
   */
  readonly text: string;
}
