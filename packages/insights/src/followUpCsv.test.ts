import { describe, expect, it } from "vitest";
import { csvCell, followUpCsv } from "./followUpCsv.js";

describe("followUpCsv", () => {
  it.each([
    ["plain", "plain"],
    ["=1+2", "'=1+2"],
    ["+7 999 000", "'+7 999 000"],
    ["-2", "'-2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["\rx", '"\'\rx"'],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ["line\nbreak", '"line\nbreak"'],
    [undefined, ""],
    [3, "3"],
  ])("csvCell(%j) = %j", (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it("writes a header and one CRLF line per contact, oldest first as given", () => {
    const csv = followUpCsv([
      {
        id: "r-1",
        score: 3,
        submittedAt: "2026-10-02T07:13:00Z",
        name: "Ann, Jr.",
        email: "ann@example.com",
      },
      { id: "r-2", score: 0, submittedAt: "2026-10-03T07:13:00Z", externalId: "=cmd|' /C calc'!A0" },
    ]);
    expect(csv).toBe(
      "id,score,submittedAt,name,email,externalId\r\n" +
        'r-1,3,2026-10-02T07:13:00Z,"Ann, Jr.",ann@example.com,\r\n' +
        "r-2,0,2026-10-03T07:13:00Z,,,'=cmd|' /C calc'!A0\r\n",
    );
  });
});
