import { describe, expect, it } from "vitest";
import { describeInput } from "./describeInput.js";
import { mapHeader } from "./headerMapping.js";

describe("describeInput", () => {
  it("describes the dialect", () => {
    expect(
      describeInput("a.tsv", {
        encoding: "utf-16le",
        encodingEvidence: "byte order mark",
        bom: true,
        delimiter: "\t",
        delimiterDetected: true,
      }),
    ).toMatchInlineSnapshot(
      `"a.tsv: encoding utf-16le (detected: byte order mark), delimiter tab (detected)"`,
    );
    expect(
      describeInput("a.csv", {
        encoding: "windows-1251",
        encodingEvidence: "option",
        bom: false,
        delimiter: ";",
        delimiterDetected: false,
      }),
    ).toMatchInlineSnapshot(`"a.csv: encoding windows-1251 (option), delimiter ";" (option)"`);
  });

  it("describes the column mapping", () => {
    const mapping = mapHeader(["date", "nps", "region", "support"], { drivers: ["support"] }, "a.csv", 1);
    expect(describeInput("a.csv", mapping)).toMatchInlineSnapshot(
      `"a.csv: columns score ← "nps", submittedAt ← "date", id ← line numbers; segments "region"; drivers "support""`,
    );
    const named = mapHeader(
      ["date", "nps", "Where are you based?", "Rate our support"],
      { segments: { region: "Where are you based?" }, drivers: { support: "Rate our support" } },
      "a.csv",
      1,
    );
    expect(describeInput("a.csv", named)).toBe(
      'a.csv: columns score ← "nps", submittedAt ← "date", id ← line numbers; segments region ← "Where are you based?"; drivers support ← "Rate our support"',
    );
  });
});
