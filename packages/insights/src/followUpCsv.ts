import type { FollowUpContact } from "./insightCollector.js";

const COLUMNS = ["id", "score", "submittedAt", "name", "email", "externalId"] as const;

/**
 * The follow-up list as CSV text (RFC 4180: comma-separated, CRLF line ends, a header row, a field quoted
 * when it holds a comma, a quote, CR or LF, quotes doubled inside). Safe to open in a spreadsheet: a cell that
 * starts with `=`, `+`, `-`, `@`, a tab or a CR — which Excel and LibreOffice would run as a formula (CSV
 * injection, OWASP) — gets a leading apostrophe. Names and e-mails are respondents' own text, so untrusted.
 *
 * @example
 * followUpCsv([{ id: "r-1", score: 3, submittedAt: "2026-10-02T07:13:00Z", name: "=HYPERLINK(\"x\")" }])
 * // 'id,score,submittedAt,name,email,externalId\r\nr-1,3,2026-10-02T07:13:00Z,"\'=HYPERLINK(""x"")",,\r\n'
 */
export function followUpCsv(contacts: readonly FollowUpContact[]): string {
  const lines = [COLUMNS.join(",")];
  for (const contact of contacts) {
    lines.push(COLUMNS.map((column) => csvCell(contact[column])).join(","));
  }
  return `${lines.join("\r\n")}\r\n`;
}

/** One field: neutralised against formulas, then quoted when RFC 4180 requires it. */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
