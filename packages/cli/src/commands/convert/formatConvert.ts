import type { ConvertRun } from "./runConvert.js";

/**
 * What `npskit convert` prints: what was written, the accounting, and the source line that reads the file.
 *
 * @example
 * formatConvert(run) // "Wrote 2,431 responses to responses.parquet (segments: plan, region; drivers: support)\n…"
 */
export function formatConvert(run: ConvertRun, shown: (path: string) => string = (path) => path): string {
  const n = (value: number) => value.toLocaleString("en");
  const { accounting } = run;
  const columns = [
    run.segments.length > 0 ? `segments: ${run.segments.join(", ")}` : "no segments",
    ...(run.drivers.length > 0 ? [`drivers: ${run.drivers.join(", ")}`] : []),
  ].join("; ");
  const lines = [
    `Wrote ${n(run.rows)} responses to ${shown(run.out)} (${columns})`,
    `Read ${n(accounting.read)} records: ${n(accounting.accepted)} answered, ${n(accounting.unanswered)} unanswered, ${n(accounting.rejected)} rejected, ${n(accounting.duplicates)} duplicates`,
  ];
  if (run.quarantine !== null) lines.push(`Rejected and superseded records: ${shown(run.quarantine)}`);
  const drivers = run.drivers.length > 0 ? `, drivers: ${JSON.stringify(run.drivers)}` : "";
  lines.push(
    `Read it with: duckdb({ path: ${JSON.stringify(basenameOf(run.out))}${drivers} }) from @npskit/source-duckdb`,
  );
  return `${lines.join("\n")}\n`;
}

function basenameOf(path: string): string {
  return path.split(/[\\/]/).at(-1) ?? path;
}
