import { describe, expect, it } from "vitest";
import { bigqueryDialect } from "./bigqueryDialect.js";
import { clickhouseDialect } from "./clickhouseDialect.js";
import { duckdbDialect } from "./duckdbDialect.js";
import { postgresDialect } from "./postgresDialect.js";
import { snowflakeDialect } from "./snowflakeDialect.js";

describe("quote", () => {
  it.each([
    [duckdbDialect, 'say "hi"', '"say ""hi"""'],
    [postgresDialect, "Region", '"Region"'],
    [snowflakeDialect, "a.b", '"a.b"'],
    [bigqueryDialect, "we`ird\\", "`we\\`ird\\\\`"],
    [clickhouseDialect, "plan name", "`plan name`"],
  ])("%# quotes %j as %j", (dialect, name, quoted) => {
    expect(dialect.quote(name)).toBe(quoted);
  });

  it.each(["", "a\u0000b"])("refuses %j", (name) => {
    expect(() => duckdbDialect.quote(name)).toThrow(/not a usable SQL identifier/);
  });
});
