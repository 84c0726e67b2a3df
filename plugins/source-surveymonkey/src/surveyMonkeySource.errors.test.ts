import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ingest } from "@npskit/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, fixture, run } from "../test/runSource.js";
import { type SurveyMonkeyOptions, surveyMonkey } from "./index.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "npskit-surveymonkey-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("files it cannot read", () => {
  const failure = async (options: SurveyMonkeyOptions) => {
    try {
      await ingest({ sources: [surveyMonkey(options)] });
    } catch (error) {
      const { code, pluginCode, message } = error as { code: string; pluginCode: string; message: string };
      return { code, pluginCode, message: message.replaceAll(FIXTURES, "").replaceAll(dir, "<tmp>") };
    }
    throw new Error("expected a failure");
  };

  it("lists the questions when no NPS question can be found, or several", async () => {
    expect(await failure({ path: fixture("no-nps-question.csv") })).toMatchInlineSnapshot(`
      {
        "code": "NPSKIT_E_PLUGIN",
        "message": "plugin "npskit:surveymonkey" failed in read(): cannot find the NPS question in no-nps-question.csv: no question reads like "How likely is it that you would recommend…" and none has 0–10 answers; set the npsQuestion option to its text or column number. Questions: column 10 "How satisfied are you with support?"; column 11 "Which features do you use?" (3 columns: Dashboard, Reports, Alerts)",
        "pluginCode": "NPSKIT_E_INPUT",
      }
    `);
    expect((await failure({ path: fixture("two-nps-questions.csv") })).message).toMatchInlineSnapshot(
      `"plugin "npskit:surveymonkey" failed in read(): two-nps-questions.csv has 2 questions that read like the NPS question: column 10 "How likely is it that you would recommend Adatum to a friend or colleague?"; column 11 "How likely is it that you would recommend our support team to a friend?"; set the npsQuestion option to the text or column number of the one to use"`,
    );
    const chosen = await run({ path: fixture("two-nps-questions.csv"), npsQuestion: 11 });
    expect(chosen.responses.map((r) => r.score)).toEqual([10, 0]);
  });

  it("says what is wrong with a missing file, a plain CSV, a one-row file and a legacy .xls", async () => {
    await writeFile(join(dir, "plain.csv"), "Respondent ID,End Date,score\n1,07/31/2023 04:21:36 PM,9\n");
    await writeFile(join(dir, "one-row.csv"), "Respondent ID,End Date,How likely…?\n");
    await writeFile(
      join(dir, "old.xls"),
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
    );
    await writeFile(join(dir, "broken.xlsx"), Buffer.from("PK\u0003\u0004 not really a zip"));
    const messages = [];
    for (const name of ["missing.csv", "plain.csv", "one-row.csv", "old.xls", "broken.xlsx"]) {
      const { message, pluginCode } = await failure({ path: join(dir, name) });
      messages.push(
        `${pluginCode} ${message.replace('plugin "npskit:surveymonkey" failed in read(): ', "")}`,
      );
    }
    expect(messages).toMatchInlineSnapshot(`
      [
        "NPSKIT_E_INPUT cannot read <tmp>/missing.csv: no such file",
        "NPSKIT_E_INPUT <tmp>/plain.csv: row 2 holds data ("1" under "Respondent ID"), not SurveyMonkey's sub-headers: a file with one header row is a plain CSV (read it with the csv source, --format csv)",
        "NPSKIT_E_INPUT <tmp>/one-row.csv has only one row: a SurveyMonkey export starts with two header rows (question texts, then sub-headers)",
        "NPSKIT_E_INPUT <tmp>/old.xls is a legacy Excel .xls workbook: save it as .xlsx, or download the export from SurveyMonkey as CSV or XLSX",
        "NPSKIT_E_INPUT cannot read <tmp>/broken.xlsx: it is not a readable .xlsx workbook (Couldn't unzip \`.xlsx\` file contents)",
      ]
    `);
  });

  it("names a missing sheet of a workbook", async () => {
    const { message } = await failure({ path: fixture("acme-condensed-text.xlsx"), sheet: "Responses" });
    expect(message).toMatchInlineSnapshot(
      `"plugin "npskit:surveymonkey" failed in read(): acme-condensed-text.xlsx has no sheet "Responses" (sheets: "Sheet")"`,
    );
  });
});

describe("loading", () => {
  it("imports the XLSX reader only when it reads an XLSX file", async () => {
    const sources = await Promise.all(
      ["surveyMonkeySource.ts", "readXlsxRows.ts", "planExport.ts"].map((name) =>
        readFile(fileURLToPath(new URL(name, import.meta.url)), "utf8"),
      ),
    );
    // No static import anywhere; one dynamic import in readXlsxRows.ts.
    for (const text of sources) expect(text).not.toMatch(/^import[^;]*read-excel-file/m);
    expect(sources[1]).toContain('await import("read-excel-file/node")');
  });
});
