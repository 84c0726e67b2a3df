// @npskit/source-csv: the CSV source plugin, and the streaming CSV reader other sources build on.
// This file only re-exports; internals stay unexported.

export type { MappedField } from "./columnAliases.js";
export { COLUMN_ALIASES } from "./columnAliases.js";
export type { CsvOptions } from "./csvOptions.js";
export type { CsvDialect, CsvReadOptions, CsvReadProgress } from "./csvReader.js";
export { readCsvRows } from "./csvReader.js";
export type { CsvProblem, CsvRow } from "./csvRow.js";
export { csv, csv as default } from "./csvSource.js";
export type { DateOrder } from "./detectDateOrder.js";
export type { DateTimeParserOptions, ParsedDateTime } from "./parseDateTime.js";
export { createDateTimeParser } from "./parseDateTime.js";
