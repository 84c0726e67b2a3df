/**
 * Reads an option that may be repeated and comma-separated (`--by region,plan --by channel`) into a list of
 * distinct, trimmed, non-empty items, in order.
 *
 * @example
 * parseList(["region,plan", "channel", "plan"]) // ["region", "plan", "channel"]
 */
export function parseList(values: string | readonly string[] | undefined): string[] {
  const all = (values === undefined ? [] : typeof values === "string" ? [values] : values).flatMap((value) =>
    value.split(","),
  );
  return [...new Set(all.map((item) => item.trim()).filter((item) => item !== ""))];
}
