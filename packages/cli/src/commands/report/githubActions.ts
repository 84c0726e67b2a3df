import { appendFile } from "node:fs/promises";
import { displayPath } from "../../displayPath.js";
import type { GateFailure } from "./qualityGates.js";
import type { ReportRun } from "./runReport.js";

/** The parts of the environment GitHub Actions sets that npskit uses. */
export interface GitHubEnvironment {
  readonly GITHUB_ACTIONS?: string | undefined;
  readonly GITHUB_STEP_SUMMARY?: string | undefined;
  readonly GITHUB_OUTPUT?: string | undefined;
}

/** Whether this process runs as a GitHub Actions step. */
export function inGitHubActions(env: GitHubEnvironment = process.env): boolean {
  return env.GITHUB_ACTIONS === "true";
}

/**
 * A workflow command that shows `failure` as an annotation on the run: `::error` for a failed gate. Messages
 * are escaped as GitHub requires (%, CR, LF), so a segment value cannot inject another command.
 */
export function gateAnnotation(failure: GateFailure): string {
  return `::error title=${escapeProperty(`NPS gate ${failure.gate}`)}::${escapeData(failure.message)}\n`;
}

/** A `::warning` for records that were rejected, pointing at the quarantine file. */
export function rejectionAnnotation(run: ReportRun, cwd = process.cwd()): string | undefined {
  if (run.accounting.rejected === 0 || run.quarantine === null) return undefined;
  const message = `${run.accounting.rejected} of ${run.accounting.read} records were rejected; see ${displayPath(run.quarantine, cwd)}`;
  return `::warning title=npskit rejected records::${escapeData(message)}\n`;
}

/**
 * Step outputs for later steps (`steps.<id>.outputs.nps`): `period`, `nps` (as displayed, empty without
 * answers), `nps-exact`, `gates` ("passed" or "failed"), and the files written, as `files` (one per line),
 * and the first `pdf`, `html`, `json` and `md`.
 */
export async function writeStepOutputs(file: string, run: ReportRun): Promise<void> {
  const overall = run.reports[0];
  const files = run.reports.flatMap((report) => report.files);
  const first = (extension: string) => files.find((path) => path.endsWith(extension)) ?? "";
  const lines = [
    `period=${run.period}`,
    `nps=${overall?.displayed ?? ""}`,
    `nps-exact=${overall?.nps ?? ""}`,
    `gates=${run.gateFailures.length === 0 ? "passed" : "failed"}`,
    `pdf=${first(".pdf")}`,
    `html=${first(".html")}`,
    `json=${first(".json")}`,
    `md=${first(".md")}`,
    ...multiline("files", files.join("\n")),
  ];
  await appendFile(file, `${lines.join("\n")}\n`);
}

/** GitHub's heredoc form for a value with newlines, with a delimiter that cannot occur in it. */
function multiline(name: string, value: string): string[] {
  let delimiter = "NPSKIT_EOF";
  while (value.includes(delimiter)) delimiter += "_";
  return [`${name}<<${delimiter}`, value, delimiter];
}

function escapeData(text: string): string {
  return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}

function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}
