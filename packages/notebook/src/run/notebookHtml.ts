import type { CellOutput, Notebook } from "../format/notebook.js";
import { escapeHtml } from "../runtime/htmlTable.js";

/**
 * A static HTML page of an executed notebook: each cell's source and its outputs. HTML outputs (tables, the
 * report) go into sandboxed `<iframe srcdoc>`s and SVG into `<img>` data URIs, so nothing in an output can
 * run script or load anything; text is escaped.
 */
export function notebookHtml(notebook: Notebook, title: string): string {
  const cells = notebook.cells.map((cell) => {
    if (cell.cell_type !== "code")
      return `<section class="text"><pre>${escapeHtml(cell.source)}</pre></section>`;
    const count = cell.execution_count === null ? " " : String(cell.execution_count);
    return [
      `<section class="code"><pre class="source"><span class="count">[${count}]</span> ${escapeHtml(cell.source)}</pre>`,
      ...cell.outputs.map(outputHtml),
      "</section>",
    ].join("\n");
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'; frame-src 'self'">
<title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto}pre{white-space:pre-wrap;background:#f6f6f6;padding:.5rem}
.count{color:#888}.error{color:#b00020}iframe{width:100%;height:32rem;border:1px solid #ddd}</style></head>
<body>
${cells.join("\n")}
</body></html>
`;
}

function outputHtml(output: CellOutput): string {
  if (output.output_type === "stream") return `<pre class="${output.name}">${escapeHtml(output.text)}</pre>`;
  if (output.output_type === "error")
    return `<pre class="error">${escapeHtml(`${output.ename}: ${output.evalue}\n${output.traceback.join("\n")}`)}</pre>`;
  const data = output.data;
  if (typeof data["text/html"] === "string")
    return `<iframe sandbox srcdoc="${escapeHtml(data["text/html"])}"></iframe>`;
  if (typeof data["image/svg+xml"] === "string")
    return `<img alt="chart" src="data:image/svg+xml;base64,${Buffer.from(data["image/svg+xml"]).toString("base64")}">`;
  if (data["application/json"] !== undefined)
    return `<pre>${escapeHtml(JSON.stringify(data["application/json"], null, 2))}</pre>`;
  return `<pre>${escapeHtml(String(data["text/plain"] ?? ""))}</pre>`;
}
