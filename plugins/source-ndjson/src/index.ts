// @npskit/source-ndjson: responses in npskit's own format, one JSON object per line.

export type { NdjsonOptions } from "./ndjsonSource.js";
export { ndjson, ndjson as default } from "./ndjsonSource.js";
