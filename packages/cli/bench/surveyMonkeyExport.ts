import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { rename } from "node:fs/promises";
import { finished } from "node:stream/promises";
import { readCsvRows } from "@npskit/source-csv";

/** The question texts of the export: what SurveyMonkey writes in its two header rows. */
const NPS_QUESTION = "How likely is it that you would recommend Acme Analytics to a friend or colleague?";
const REGION_QUESTION = "Which region are you in?";
const PLAN_QUESTION = "Which plan are you on?";
const COMMENT_QUESTION = "What could we do better?";

/**
 * Writes the generator's CSV as a SurveyMonkey "condensed" CSV export of the same responses — the two header
 * rows, Respondent ID, collector, start and end dates in US 12-hour form (read in UTC, so months match the
 * generator's truth), the NPS answer, region, plan and comment — so the SurveyMonkey source can be
 * measured on the same data. Written under a temporary name and renamed, so a stopped run leaves none.
 */
export async function writeSurveyMonkeyExport(generatedCsv: string, out: string): Promise<number> {
  const partial = `${out}.partial`;
  const file = createWriteStream(partial);
  const quote = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
  file.write(
    `Respondent ID,Collector ID,Start Date,End Date,IP Address,Email Address,First Name,Last Name,Custom Data 1,` +
      `${NPS_QUESTION},${REGION_QUESTION},${PLAN_QUESTION},${COMMENT_QUESTION}\n` +
      ",,,,,,,,,Response,Response,Response,Open-Ended Response\n",
  );
  let rows = 0;
  let header = true;
  for await (const batch of readCsvRows(generatedCsv)) {
    let text = "";
    for (const { fields } of batch) {
      if (header) {
        header = false;
        continue;
      }
      const [id, submittedAt, score, region, plan, comment] = fields as [string, ...string[]];
      const date = usDate(submittedAt!);
      text += `${id},414754235,${date},${date},,,,,,${score},${quote(region!)},${plan},${quote(comment!)}\n`;
      rows += 1;
    }
    if (!file.write(text)) await once(file, "drain");
  }
  file.end();
  await finished(file);
  await rename(partial, out);
  return rows;
}

/** "2026-10-31T22:30:05Z" → "10/31/2026 10:30:05 PM" */
function usDate(iso: string): string {
  const [date, time] = iso.slice(0, 19).split("T") as [string, string];
  const [year, month, day] = date.split("-");
  const [hour, minute, second] = time.split(":").map(Number) as [number, number, number];
  const twelve = hour % 12 === 0 ? 12 : hour % 12;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${month}/${day}/${year} ${pad(twelve)}:${pad(minute)}:${pad(second)} ${hour < 12 ? "AM" : "PM"}`;
}
