// @npskit/source-postgres: responses in a PostgreSQL table or view, counted by PostgreSQL.

export type { PostgresConnection, PostgresOptions } from "./postgresOptions.js";
export { postgres, postgres as default } from "./postgresSource.js";
