// @npskit/source-postgres/testing: a throwaway PostgreSQL server on loopback, for tests of sources and projects.

export type { TestPostgres } from "./startPostgres.js";
export { startPostgres } from "./startPostgres.js";
