/**
 * The segments found in a ticket's tags: each `key:value` tag whose key is in `keys` becomes the segment
 * `key = value`. Other tags (`vip`, `refund`) are free labels, not dimensions, and are ignored; when a key
 * appears twice, the first tag wins, as the helpdesk lists the current one first.
 *
 * @example
 * tagSegments(["channel:email", "priority:high", "vip"], ["channel", "priority"]) // { channel: "email", priority: "high" }
 */
export function tagSegments(tags: unknown, keys: readonly string[]): Record<string, string> {
  const segments: Record<string, string> = {};
  if (!Array.isArray(tags)) return segments;
  for (const tag of tags) {
    if (typeof tag !== "string") continue;
    const colon = tag.indexOf(":");
    if (colon <= 0 || colon === tag.length - 1) continue;
    const key = tag.slice(0, colon);
    if (keys.includes(key) && !Object.hasOwn(segments, key)) segments[key] = tag.slice(colon + 1);
  }
  return segments;
}
