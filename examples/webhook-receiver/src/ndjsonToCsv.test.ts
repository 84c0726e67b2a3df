// scripts/ndjsonToCsv.mjs, run as a user runs it: the committed CSV must be its output, its quoting must give
// the CSV reader back every field, and it must stop on a response its columns cannot carry.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { readCsvRows } from "@npskit/source-csv";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const script = fileURLToPath(new URL("../scripts/ndjsonToCsv.mjs", import.meta.url));
const committed = fileURLToPath(new URL("../data/responses.csv", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "npskit-ndjson-to-csv-"));

const response = {
  id: "r-1",
  score: 6,
  submittedAt: "2026-10-05T01:27:23Z",
  segments: { region: "Europe", plan: "Pro", channel: "email" },
  locale: "en",
  source: "example",
  comment: "Too slow",
  drivers: { support: 2, price: null, speed: 1 },
  respondent: { name: "Anna Smith", email: "anna@example.com", consentToContact: true },
};

async function convert(name: string, lines: readonly string[]) {
  const input = join(dir, `${name}.ndjson`);
  const output = join(dir, `${name}.csv`);
  writeFileSync(input, `${lines.join("\n")}\n`);
  const { stderr } = await run(process.execPath, [script, input, output]);
  return { output, stderr };
}

async function rowsOf(path: string): Promise<string[][]> {
  const rows: string[][] = [];
  for await (const batch of readCsvRows(path)) rows.push(...batch.map((row) => row.fields));
  return rows;
}

describe("ndjsonToCsv.mjs", () => {
  it("wrote the committed data/responses.csv, leaving out the four lines that are not valid responses", async () => {
    const output = join(dir, "responses.csv");
    const ndjson = fileURLToPath(new URL("../../monthly-report/data/responses.ndjson", import.meta.url));
    const { stderr } = await run(process.execPath, [script, ndjson, output]);
    expect(readFileSync(output, "utf8")).toBe(readFileSync(committed, "utf8"));
    expect(stderr.split("\n")[0]).toBe(
      "wrote 2578 responses; left out 4 lines that are not valid responses:",
    );
    expect([...stderr.matchAll(/^ {2}line (\d+)(?: \((r-bad-\d)\))?/gm)].map((m) => [m[1], m[2]])).toEqual([
      ["102", "r-bad-1"],
      ["703", "r-bad-2"],
      ["1804", "r-bad-3"],
      ["2301", undefined], // not JSON, so no id to show
    ]);
  });

  it("quotes commas, quotes and line breaks, keeps Cyrillic, and writes empty cells for what is missing", async () => {
    const tricky = {
      ...response,
      score: null,
      comment: 'Он сказал "быстро", но\nмедленно\r\nи всё',
      respondent: { name: "Smith, Anna", consentToContact: false },
    };
    const { output } = await convert("tricky", [JSON.stringify(response), JSON.stringify(tricky)]);
    const rows = await rowsOf(output);
    expect(rows).toEqual([
      [
        "id",
        "score",
        "submittedAt",
        "region",
        "plan",
        "channel",
        "locale",
        "source",
        "comment",
        "support",
        "price",
        "speed",
        "name",
        "email",
        "consentToContact",
      ],
      [
        "r-1",
        "6",
        "2026-10-05T01:27:23Z",
        "Europe",
        "Pro",
        "email",
        "en",
        "example",
        "Too slow",
        "2",
        "",
        "1",
        "Anna Smith",
        "anna@example.com",
        "true",
      ],
      [
        "r-1",
        "",
        "2026-10-05T01:27:23Z",
        "Europe",
        "Pro",
        "email",
        "en",
        "example",
        'Он сказал "быстро", но\nмедленно\r\nи всё',
        "2",
        "",
        "1",
        "Smith, Anna",
        "",
        "false",
      ],
    ]);
    expect(readFileSync(output, "utf8")).toContain('"Он сказал ""быстро"", но\nмедленно\r\nи всё"');
  });

  it.each([
    [
      "another segment",
      { segments: { ...response.segments, country: "DE" } },
      "segment country has no column",
    ],
    ["another driver", { drivers: { ...response.drivers, ui: 3 } }, "driver ui has no column"],
    ["no drivers", { drivers: undefined }, "it does not rate every driver"],
    ["a padded comment", { comment: " slow " }, '" slow " is empty or padded'],
    ["a fraction of a second", { submittedAt: "2026-10-05T01:27:23.5Z" }, "would be rewritten"],
    ["an empty respondent", { respondent: {} }, "its respondent is empty"],
  ])(
    "stops on a response with %s rather than write a row that reads back differently",
    async (name, change, message) => {
      const line = JSON.stringify({ ...response, ...change });
      const failed = convert(name.replaceAll(" ", "-"), [line]);
      await expect(failed).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining(message) });
      await expect(failed).rejects.toMatchObject({ stderr: expect.stringContaining("line 1 (r-1)") });
    },
  );
});
