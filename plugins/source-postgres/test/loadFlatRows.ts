import { FLAT_COLUMNS, type FlatRow } from "@npskit/sql/testing";
import pg from "pg";

/** Creates `table` with the flat columns (typed) and loads `rows` into it, with bound parameters. */
export async function loadFlatRows(url: string, table: string, rows: readonly FlatRow[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const types: Record<string, string> = {
      VARCHAR: "text",
      TIMESTAMPTZ: "timestamptz",
      INTEGER: "integer",
      DOUBLE: "double precision",
    };
    await client.query(`DROP TABLE IF EXISTS ${table}`);
    await client.query(
      `CREATE TABLE ${table} (${FLAT_COLUMNS.map(([name, type]) => `${name} ${types[type]}`).join(", ")})`,
    );
    const names = FLAT_COLUMNS.map(([name]) => name);
    for (let start = 0; start < rows.length; start += 100) {
      const chunk = rows.slice(start, start + 100);
      const values = chunk.map(
        (_, r) => `(${names.map((_, c) => `$${r * names.length + c + 1}`).join(", ")})`,
      );
      await client.query(
        `INSERT INTO ${table} (${names.join(", ")}) VALUES ${values.join(", ")}`,
        chunk.flatMap((row) => names.map((name) => row[name])),
      );
    }
  } finally {
    await client.end();
  }
}
