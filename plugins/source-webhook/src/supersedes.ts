import type { MappedResponse } from "./webhookMapping.js";

/**
 * Whether `incoming` replaces `stored`, two versions of the same response id: the later `updatedAtMs` wins,
 * whatever order the deliveries arrived in (senders retry, and do not keep order). A tie goes to the one that
 * arrived later, as with core's `keep-latest` duplicate policy.
 *
 * @example
 * supersedes({ response: created, updatedAtMs: 1000 }, { response: updated, updatedAtMs: 1600 }) // true
 * supersedes({ response: updated, updatedAtMs: 1600 }, { response: created, updatedAtMs: 1000 }) // false
 */
export function supersedes(stored: MappedResponse, incoming: MappedResponse): boolean {
  return incoming.updatedAtMs >= stored.updatedAtMs;
}
