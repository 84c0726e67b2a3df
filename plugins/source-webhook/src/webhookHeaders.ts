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
  const values: string[] = [];
  for (const [key, value] of Object.entries(headers as Readonly<Record<string, unknown>>)) {
    if (key.toLowerCase() !== wanted || value === undefined) continue;
    if (typeof value === "string") values.push(value);
    else if (Array.isArray(value))
      values.push(...value.filter((item): item is string => typeof item === "string"));
  }
  if (values.length > 1) return { ok: false, reason: `header ${name} appears more than once` };
  return { ok: true, value: values[0] };
}
