import { InvalidArgumentError } from "@npskit/core";

/**
 * Quotes an identifier between `open`/`close`, doubling (or backslash-escaping) the closing character inside
 * it: the SQL standard's `"a""b"`, BigQuery's and ClickHouse's backticks. Empty names and NUL characters
 * cannot be quoted safely by any engine and are refused.
 *
 * @example
 * quoteIdentifier('say "hi"', '"', '"', '""') // "\"say \"\"hi\"\"\""
 */
export function quoteIdentifier(identifier: string, open: string, close: string, escaped: string): string {
  if (typeof identifier !== "string" || identifier === "" || identifier.includes("\u0000")) {
    throw new InvalidArgumentError(
      `${JSON.stringify(identifier)} is not a usable SQL identifier (a non-empty name without NUL characters)`,
    );
  }
  const inner = escaped.startsWith("\\")
    ? identifier.replaceAll("\\", "\\\\").replaceAll(close, escaped)
    : identifier.replaceAll(close, escaped);
  return `${open}${inner}${close}`;
}
