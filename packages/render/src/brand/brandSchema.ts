import { readFileSync } from "node:fs";

let schema: Record<string, unknown> | undefined;

/**
 * The brand file's JSON Schema (2020-12), read once from the package's `schema/brand.schema.json` — the same
 * file editors and `@npskit/render/schema/brand.schema.json` importers see, so there is one source of truth.
 */
export function brandSchema(): Record<string, unknown> {
  // From src/brand and from dist/brand alike, the schema folder is two levels up.
  schema ??= JSON.parse(
    readFileSync(new URL("../../schema/brand.schema.json", import.meta.url), "utf8"),
  ) as Record<string, unknown>;
  return schema;
}
