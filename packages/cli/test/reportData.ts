import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The example project's 2582 records (Europe/Moscow): 2026-10 has NPS 33 from 196 answers, up 17 from 2026-09. */
export const EXAMPLE_DATA = fileURLToPath(
  new URL("../../../examples/monthly-report/data/responses.ndjson", import.meta.url),
);

/** A project whose `npskit.config.ts` imports `@npskit/core` (so it must live inside packages/cli). */
export const REPORT_PROJECT = fileURLToPath(new URL("./fixtures/report-project/", import.meta.url));

/** One hand-written response. */
export interface Row {
  readonly id: string;
  readonly score: number | null;
  readonly submittedAt: string;
  readonly region?: string;
  readonly comment?: string;
}

/** NDJSON lines in the response format, one per row. */
export function ndjsonOf(rows: readonly Row[], extraLines: readonly string[] = []): string {
  const lines = rows.map((row) =>
    JSON.stringify({
      id: row.id,
      score: row.score,
      submittedAt: row.submittedAt,
      ...(row.region !== undefined && { segments: { region: row.region } }),
      ...(row.comment !== undefined && { comment: row.comment }),
    }),
  );
  return `${[...lines, ...extraLines].join("\n")}\n`;
}

/**
 * A month of enthusiasm, then a collapse (UTC):
 * - 2026-09: 40 promoters (score 10), regions EU and US alternating — NPS 100;
 * - 2026-10: 10 promoters and 30 detractors (score 2) in EU and US, one promoter without a region, one
 *   unanswered — 41 answered, NPS (11 − 30) / 41 = −46.3, a significant drop;
 * - two rejected lines: a score of 11 and a line that is not JSON.
 */
export const DROP = {
  read: 84,
  accepted: 81,
  unanswered: 1,
  rejected: 2,
  october: { answered: 41, promoters: 11, detractors: 30, nps: ((11 - 30) / 41) * 100, displayed: -46 },
  regions: ["EU", "US"],
} as const;

export function dropData(): string {
  const rows: Row[] = [];
  for (let i = 0; i < 40; i++) {
    const day = String(1 + (i % 28)).padStart(2, "0");
    rows.push({
      id: `s${i}`,
      score: 10,
      submittedAt: `2026-09-${day}T10:00:00Z`,
      region: i % 2 ? "US" : "EU",
    });
  }
  for (let i = 0; i < 40; i++) {
    const day = String(1 + (i % 28)).padStart(2, "0");
    rows.push({
      id: `o${i}`,
      score: i < 10 ? 10 : 2,
      submittedAt: `2026-10-${day}T12:00:00+03:00`,
      region: i % 2 ? "US" : "EU",
      comment: i < 10 ? "Love it" : "The export keeps failing",
    });
  }
  rows.push({ id: "o-noregion", score: 9, submittedAt: "2026-10-15T09:00:00Z" });
  rows.push({ id: "o-unanswered", score: null, submittedAt: "2026-10-16T09:00:00Z", region: "EU" });
  return ndjsonOf(rows, [
    JSON.stringify({ id: "bad-score", score: 11, submittedAt: "2026-10-05T10:00:00Z" }),
    "this line is not JSON",
  ]);
}

/** A new empty folder under the system temp folder. */
export function tempDir(prefix = "npskit-report-"): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** A temp folder with `responses.ndjson` holding {@link dropData}; returns the folder and the file. */
export async function dropProject(): Promise<{ dir: string; data: string }> {
  const dir = await tempDir();
  const data = join(dir, "responses.ndjson");
  await writeFile(data, dropData());
  return { dir, data };
}

/** File names in `dir`, sorted. */
export async function filesIn(dir: string): Promise<string[]> {
  return (await readdir(dir)).sort();
}

/** Removes a temp folder made by {@link tempDir}. */
export function removeDir(dir: string): Promise<void> {
  return rm(dir, { recursive: true, force: true });
}
