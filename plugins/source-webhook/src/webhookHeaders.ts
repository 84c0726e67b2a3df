/**
 * Request headers as either web frameworks hand them over: a Fetch `Headers` object, or Node's
 * `IncomingHttpHeaders` (a plain object, where a repeated header may be an array). Names are matched
 * case-insensitively either way.
 */
export type WebhookHeaders =
  | { get(name: string): string | null }
  | Readonly<Record<string, string | readonly string[] | undefined>>;

/** The value of one header: absent (`undefined`), or a problem that makes the request unusable. */
export type HeaderLookup =
  | { readonly ok: true; readonly value: string | undefined }
  | { readonly ok: false; readonly reason: string };

/**
 * Reads one header by name, in any letter case. A header sent more than once (two lines, or two keys that
 * differ only in case) is refused rather than guessed at: which copy counts would be up to the attacker.
 *
 * @example
 * headerValue({ "Webhook-Id": "msg_1" }, "webhook-id") // { ok: true, value: "msg_1" }
 * headerValue({}, "webhook-id")                         // { ok: true, value: undefined }
 */
export function headerValue(headers: WebhookHeaders, name: string): HeaderLookup {
  const wanted = name.toLowerCase();
  if (typeof headers.get === "function") {
    const value = (headers as { get(name: string): string | null }).get(wanted);
    return { ok: true, value: value ?? undefined };
  }
  const values = indexOf(headers as Readonly<Record<string, unknown>>).get(wanted);
  if (values === undefined) return { ok: true, value: undefined };
  if (values.length > 1) return { ok: false, reason: `header ${name} appears more than once` };
  return { ok: true, value: values[0] };
}

// A verifier looks up several headers of one request (Standard Webhooks: up to seven, counting the svix-*
// aliases and the id), so each request's header object is indexed by lower-case name once, on the first lookup,
// rather than scanned per lookup. Header objects are not changed once a request arrived (they are read-only
// here), so the index stays true; the WeakMap lets it go with the request.
const indexes = new WeakMap<object, Map<string, string[]>>();

function indexOf(headers: Readonly<Record<string, unknown>>): Map<string, string[]> {
  let index = indexes.get(headers);
  if (index !== undefined) return index;
  index = new Map();
  for (const key in headers) {
    if (!Object.hasOwn(headers, key)) continue;
    const value = headers[key];
    const items =
      typeof value === "string"
        ? [value]
        : Array.isArray(value)
          ? value.filter((item): item is string => typeof item === "string")
          : [];
    if (items.length === 0) continue;
    const lower = key.toLowerCase();
    const known = index.get(lower);
    if (known === undefined) index.set(lower, items);
    else known.push(...items);
  }
  indexes.set(headers, index);
  return index;
}
