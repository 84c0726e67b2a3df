/** HTML-escapes text from the data (segment values, comments) for a table cell. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A plain HTML table of records: one column per key seen (in first-seen order), nested values as JSON.
 * Every cell is escaped; nothing from the data becomes markup.
 */
export function htmlTable(rows: readonly Record<string, unknown>[], caption?: string): string {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const cell = (value: unknown) => {
    const text =
      value === null || value === undefined
        ? ""
        : typeof value === "object"
          ? JSON.stringify(value)
          : String(value);
    const numeric = typeof value === "number";
    return `<td${numeric ? ' style="text-align:right"' : ""}>${escapeHtml(text)}</td>`;
  };
  return [
    "<table>",
    caption === undefined ? "" : `<caption>${escapeHtml(caption)}</caption>`,
    `<thead><tr>${columns.map((c) => `<th>${escapeHtml(c)}</th>`).join("")}</tr></thead>`,
    `<tbody>${rows.map((row) => `<tr>${columns.map((c) => cell(row[c])).join("")}</tr>`).join("")}</tbody>`,
    "</table>",
  ].join("");
}
