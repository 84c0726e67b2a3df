import { describe, expect, it } from "vitest";
import { type DelimiterFit, detectDelimiter, hasRecords } from "./detectDelimiter.js";

describe("detectDelimiter", () => {
  it.each<[string, string, boolean, Omit<DelimiterFit, "consistency"> | undefined]>([
    ["commas", "id,score,region\n1,9,EU\n2,7,US\n", true, { delimiter: ",", fields: 3 }],
    ["semicolons", "id;score;region\n1;9;EU\n", true, { delimiter: ";", fields: 3 }],
    ["tabs", "id\tscore\n1\t9\n", true, { delimiter: "\t", fields: 2 }],
    ["pipes", "id|score|comment\n1|9|ok\n", true, { delimiter: "|", fields: 3 }],
    // Decimal commas in every row of a ';' file: ',' splits the rows evenly, but not the header.
    [
      "decimal commas everywhere",
      "id;score;price\n1;9;8,5\n2;7;10,0\n3;8;1,25\n",
      true,
      { delimiter: ";", fields: 3 },
    ],
    [
      "decimal commas in some rows",
      "id;score;price\n1;9;8,5\n2;7;10\n3;8;\n",
      true,
      { delimiter: ";", fields: 3 },
    ],
    [
      "commas inside quoted fields",
      'id;comment\n1;"a, b, c"\n2;"d, e"\n',
      true,
      { delimiter: ";", fields: 2 },
    ],
    [
      "semicolons inside quoted fields",
      'id,comment\n1,"a; b; c"\n2,"x;y"\n',
      true,
      { delimiter: ",", fields: 2 },
    ],
    [
      "commas in tab-separated text",
      "id\tcomment\n1\tFast, cheap, good\n2\tSlow, sorry\n",
      true,
      { delimiter: "\t", fields: 2 },
    ],
    ["quoted newlines", 'id,comment\n1,"line one;\nline two;"\n2,ok\n', true, { delimiter: ",", fields: 2 }],
    ["a header only", "id;score;date", true, { delimiter: ";", fields: 3 }],
    // An incomplete last record (the sample is cut) is left out.
    ["a cut sample", 'id;score\n1;9\n2;"cut, here', false, { delimiter: ";", fields: 2 }],
    ["one column", "score\n9\n10\n7\n", true, undefined],
    ["one column of sentences", "comment\nGood, fast\nBad; slow\n", true, undefined],
  ])("%s", (_, sample, complete, expected) => {
    const fit = detectDelimiter(sample, complete);
    expect(fit === undefined ? undefined : { delimiter: fit.delimiter, fields: fit.fields }).toEqual(
      expected,
    );
  });

  it("measures how consistent the split is", () => {
    expect(detectDelimiter("a;b\n1;2\n3;4;5\n6;7\n", true)).toEqual({
      delimiter: ";",
      fields: 2,
      consistency: 0.75,
    });
  });

  it("counts malformed records against a delimiter", () => {
    // With ',' the quote opens a field and never closes properly; with ';' it is mid-field, so literal.
    const fit = detectDelimiter('a;b\n1;x,"y"z\n2;w\n', true);
    expect(fit?.delimiter).toBe(";");
  });
});

describe("hasRecords", () => {
  it.each([
    ["", false],
    ["\r\n\n", false],
    ["a", true],
  ])("%j → %s", (sample, expected) => {
    expect(hasRecords(sample)).toBe(expected);
  });
});
