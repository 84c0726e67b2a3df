// @npskit/source-csv: the CSV source plugin, the streaming CSV reader, and the read loop of row-based
// sources that other sources build on. This file only re-exports; internals stay unexported.

export type { CellMapperColumns, CellProblem, CellReader } from "./cellMapper.js";
export { createCellMapper } from "./cellMapper.js";
export type { MappedField } from "./columnAliases.js";
export { COLUMN_ALIASES } from "./columnAliases.js";
export type { CsvOptions } from "./csvOptions.js";
export type { CsvDialect, CsvReadOptions, CsvReadProgress } from "./csvReader.js";
export { readCsvRows } from "./csvReader.js";
export type { CsvProblem, CsvRow } from "./csvRow.js";
export { csv, csv as default } from "./csvSource.js";
export type { DateOrder } from "./detectDateOrder.js";
export type { MappedRow, RowMapper, RowRejection } from "./mappedRow.js";
export type { DateTimeParserOptions, ParsedDateTime } from "./parseDateTime.js";
export { createDateTimeParser } from "./parseDateTime.js";
export type { RowReadEvents, RowRecordsOptions } from "./readRowRecords.js";
export { readRowRecords } from "./readRowRecords.js";
export { trimmedCell } from "./trimmedCell.js";
