// @npskit/output-markdown: a short Markdown summary of the report, for CI job summaries and PR comments.

export { codeSpan, escapeMarkdown } from "./escapeMarkdown.js";
export type { MarkdownOutputOptions } from "./markdownOutput.js";
export { DEFAULT_FILE_NAME, markdown, markdown as default } from "./markdownOutput.js";
export { markdownSummary } from "./markdownSummary.js";
