// @npskit/sql/testing: the data and queries that check a pushdown engine against the row-level path.

export { EQUALITY_TIME_ZONES, equalityQueries, expectedAggregation } from "./equalityQueries.js";
export type { FlatRow } from "./equalityRows.js";
export { equalityRows, FLAT_COLUMNS, responseOfRow } from "./equalityRows.js";
