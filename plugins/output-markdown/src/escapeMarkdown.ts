/** Replacements of one pass; entities where a backslash escape is not enough on GitHub. */
const REPLACEMENTS: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  "@": "&#64;", // no @mention
  "#": "&#35;", // no #issue link
  "://": "&#58;//", // no autolinked URL
};

/**
 * Untrusted text (segment names, file names from the data) made inert inside a line of GitHub-flavoured
 * Markdown, where the summary ends up: no emphasis, code, link or image; no HTML (GitHub renders some); no
 * table break-out; no @mention or #issue link that would notify people; no autolinked URL. Line breaks
 * become spaces (a table row is one line). For text inside a line, not at its start (where "-", "1." or "#"
 * would matter; the summary never puts data there).
 *
 * @example
 * escapeMarkdown("**@team** <img src=x> | #12") // "\\*\\*&#64;team\\*\\* &lt;img src=x&gt; \\| &#35;12"
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, " ").replace(/:\/\/|www\.|[&<>@#\\`*_[\]|~]/gi, (match) => {
    if (/^www\.$/i.test(match)) return `${match.slice(0, 3)}&#46;`;
    return REPLACEMENTS[match] ?? `\\${match}`;
  });
}

/**
 * Untrusted text as a Markdown code span: shown literally (no markup, mention or link inside), with a
 * fence longer than any run of backticks in it. Not for table cells, where a "|" would still split the cell.
 *
 * @example
 * codeSpan("nps-2026-10.quarantine.ndjson") // "`nps-2026-10.quarantine.ndjson`"
 */
export function codeSpan(text: string): string {
  const line = text.replace(/[\r\n\u2028\u2029]+/g, " ");
  const longest = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = line.startsWith("`") || line.endsWith("`") || line.startsWith(" ") ? " " : "";
  return `${fence}${pad}${line}${pad}${fence}`;
}
