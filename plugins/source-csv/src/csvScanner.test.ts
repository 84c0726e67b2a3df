import { describe, expect, it } from "vitest";
import type { CsvProblem, CsvRow } from "./csvRow.js";
import { CsvScanner, MAX_PROBLEM_TEXT } from "./csvScanner.js";

interface Scanned {
  rows: [number, ...string[]][];
  problems: CsvProblem[];
}

/** Scans `text` fed in pieces of `size` characters; rows as [line, ...fields] to keep tables short. */
function scan(
  text: string,
  size = text.length || 1,
  options: { delimiter?: string; max?: number } = {},
): Scanned {
  const problems: CsvProblem[] = [];
  const scanner = new CsvScanner({
    delimiter: options.delimiter ?? ",",
    maxRecordBytes: options.max ?? 1 << 20,
    onMalformed: (problem) => problems.push(problem),
  });
  const rows: CsvRow[] = [];
  for (let i = 0; i < text.length; i += size) rows.push(...scanner.feed(text.slice(i, i + size)));
  rows.push(...scanner.finish());
  return { rows: rows.map((row) => [row.line, ...row.fields]), problems };
}

describe("CsvScanner", () => {
  it.each<[string, string, Scanned["rows"]]>([
    [
      "plain LF",
      "a,b\n1,2\n",
      [
        [1, "a", "b"],
        [2, "1", "2"],
      ],
    ],
    [
      "CRLF",
      "a,b\r\n1,2\r\n",
      [
        [1, "a", "b"],
        [2, "1", "2"],
      ],
    ],
    [
      "lone CR",
      "a,b\r1,2\r",
      [
        [1, "a", "b"],
        [2, "1", "2"],
      ],
    ],
    [
      "no final line break",
      "a,b\n1,2",
      [
        [1, "a", "b"],
        [2, "1", "2"],
      ],
    ],
    ["empty fields", ",a,,\n", [[1, "", "a", "", ""]]],
    ["one empty quoted field is a record", '""\n', [[1, ""]]],
    [
      "blank lines are skipped, and counted",
      "a\n\n\r\n\rb\n",
      [
        [1, "a"],
        [5, "b"],
      ],
    ],
    ["quoted delimiter", '"a,b",c\n', [[1, "a,b", "c"]]],
    ["doubled quotes", '"say ""hi""",x\n', [[1, 'say "hi"', "x"]]],
    ["only doubled quotes", '"""""",x\n', [[1, '""', "x"]]],
    [
      "quoted LF counts a line",
      '"a\nb",c\nd\n',
      [
        [1, "a\nb", "c"],
        [3, "d"],
      ],
    ],
    [
      "quoted CRLF kept and counted once",
      '"a\r\nb",c\r\nd\r\n',
      [
        [1, "a\r\nb", "c"],
        [3, "d"],
      ],
    ],
    [
      "quoted lone CR counted",
      '"a\rb"\rd',
      [
        [1, "a\rb"],
        [3, "d"],
      ],
    ],
    ["quote inside an unquoted field is literal", 'a 5" screen,b\n', [[1, 'a 5" screen', "b"]]],
    ["quoted field at the end of the input", 'a,"b"', [[1, "a", "b"]]],
    [
      "Cyrillic and emoji",
      "имя,😊\nАнна,👍\n",
      [
        [1, "имя", "😊"],
        [2, "Анна", "👍"],
      ],
    ],
  ])("%s", (_, text, rows) => {
    expect(scan(text)).toEqual({ rows, problems: [] });
  });

  it.each([
    [
      "an unterminated quote at the end of the file",
      'a,b\n1,"open\n2,x\n',
      [
        [1, "a", "b"],
        [3, "2", "x"],
      ],
      [
        {
          line: 2,
          reason: "unterminated quote: the file ends inside the quoted field opened on line 2",
          text: '1,"open',
        },
      ],
    ],
    [
      "an unterminated quote closed by a later field's quote",
      'a,b\n1,"open\n2,x\n3,"y"\n',
      [
        [1, "a", "b"],
        [3, "2", "x"],
        [4, "3", "y"],
      ],
      [
        {
          line: 2,
          reason:
            "text after a closing quote: the quoted field closed on line 4 is followed by other text " +
            "(is a quote unterminated, or not doubled inside quotes?)",
          text: '1,"open',
        },
      ],
    ],
    [
      "text after a closing quote",
      '1,"abc"def,x\r\n2,ok\r\n',
      [[2, "2", "ok"]],
      [
        {
          line: 1,
          reason:
            "text after a closing quote: the quoted field closed on line 1 is followed by other text " +
            "(is a quote unterminated, or not doubled inside quotes?)",
          text: '1,"abc"def,x',
        },
      ],
    ],
    [
      "a multi-line record broken on its last line resumes on its second line",
      '1,"a\nb"c\n2,ok\n',
      [
        [2, 'b"c'],
        [3, "2", "ok"],
      ],
      [
        {
          line: 1,
          reason:
            "text after a closing quote: the quoted field closed on line 2 is followed by other text " +
            "(is a quote unterminated, or not doubled inside quotes?)",
          text: '1,"a',
        },
      ],
    ],
  ])("reports %s and reads on", (_, text, rows, problems) => {
    expect(scan(text)).toEqual({ rows, problems });
  });

  it("reports a record over maxRecordBytes, then resumes on its second line", () => {
    const text = `id,c\n1,"${"x".repeat(30)}\n2,ok\n3,${"y".repeat(40)}\n4,ok\n`;
    expect(scan(text, text.length, { max: 20 })).toEqual({
      rows: [
        [1, "id", "c"],
        [3, "2", "ok"],
        [5, "4", "ok"],
      ],
      problems: [
        {
          line: 2,
          reason: "record too long: over 20 characters (maxRecordBytes); is a quote unterminated?",
          text: `1,"${"x".repeat(17)}…`,
        },
        {
          line: 4,
          reason: "record too long: over 20 characters (maxRecordBytes); is a quote unterminated?",
          text: `3,${"y".repeat(18)}…`,
        },
      ],
    });
  });

  it("keeps only the unfinished record in memory while skipping an overlong line", () => {
    const problems: CsvProblem[] = [];
    const scanner = new CsvScanner({
      delimiter: ",",
      maxRecordBytes: 100,
      onMalformed: (p) => problems.push(p),
    });
    scanner.feed("a,b\n");
    for (let i = 0; i < 1000; i++) expect(scanner.feed("z".repeat(1000))).toEqual([]);
    expect(scanner.feed("\r")).toEqual([]);
    expect(scanner.feed("\n1,2\n")).toEqual([{ fields: ["1", "2"], line: 3 }]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.text).toHaveLength(101);
  });

  it("cuts the text of a problem at MAX_PROBLEM_TEXT characters", () => {
    const line = `"${"q".repeat(MAX_PROBLEM_TEXT + 5)}`;
    const { problems } = scan(`${line}\nok\n`);
    expect(problems[0]!.text).toBe(`${line.slice(0, MAX_PROBLEM_TEXT)}…`);
  });

  it("rejects a record holding a character marked invalid, not one with a real U+FFFD", () => {
    const problems: CsvProblem[] = [];
    const scanner = new CsvScanner({
      delimiter: ";",
      maxRecordBytes: 1000,
      onMalformed: (p) => problems.push(p),
      invalidTextReason: "invalid UTF-8: …",
    });
    const rows = [
      ...scanner.feed("a;b\n1;x\uFFFDy\n", [7]),
      ...scanner.feed("2;\uFFFD\n3;\uFFFD\n", [6]),
      ...scanner.finish(),
    ];
    expect(rows).toEqual([
      { fields: ["a", "b"], line: 1 },
      { fields: ["2", "\uFFFD"], line: 3 },
    ]);
    expect(problems).toEqual([
      { line: 2, reason: "invalid UTF-8: …", text: "1;x\uFFFDy" },
      { line: 4, reason: "invalid UTF-8: …", text: "3;\uFFFD" },
    ]);
  });

  it("uses the delimiter it is given", () => {
    expect(scan("a;b,c\t|d\n", 100, { delimiter: ";" }).rows).toEqual([[1, "a", "b,c\t|d"]]);
    expect(scan("a\tb;c\n", 100, { delimiter: "\t" }).rows).toEqual([[1, "a", "b;c"]]);
  });

  it.each(['"', "\n", "\r", ",,"])("refuses %j as a delimiter", (delimiter) => {
    expect(() => new CsvScanner({ delimiter, maxRecordBytes: 10, onMalformed() {} })).toThrow(RangeError);
  });

  it("gives the same rows and problems however the text is split", () => {
    const text =
      'id,comment\r\n1,"multi\r\nline, ""quoted"""\r\n\r\n2,"open\n3,x\r4,"a"b\n5,😊 Ёж\r\n6,"",\r\n7,"' +
      "x".repeat(50) +
      "\n8,end";
    const whole = scan(text, text.length, { max: 40 });
    expect(whole.rows.length).toBeGreaterThan(4);
    expect(whole.problems.length).toBeGreaterThan(1);
    for (let size = 1; size <= 12; size++)
      expect(scan(text, size, { max: 40 }), `size ${size}`).toEqual(whole);
  });

  // Guards against quadratic scanning: each would take minutes (and time out) if a search restarted at every
  // record and ran to the end of the buffer.
  it.each([
    ["one column, delimiter never found", "x\n", ","],
    ["text after a closing quote on every line", '"a"b,c\n', ","],
    ["LF lines in a buffer without CR, all broken", '1,"x"y\n', ";"],
  ])("scans %s in one pass", (_, line, delimiter) => {
    const text = line.repeat(100_000);
    const { rows, problems } = scan(text, 1 << 20, { delimiter });
    expect(rows.length + problems.length).toBe(100_000);
  });
});
