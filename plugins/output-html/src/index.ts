// @npskit/output-html: the report as one self-contained, branded HTML file that works offline.

export type { HtmlOutputOptions } from "./htmlOutput.js";
export { DEFAULT_FILE_NAME, html, html as default } from "./htmlOutput.js";
