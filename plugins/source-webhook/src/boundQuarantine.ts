/** Bytes of a refused body kept in quarantine; the rest is cut (its full length is kept). */
export const QUARANTINE_BODY_BYTES = 64 * 1024;

/** Rows kept in quarantine; the oldest go first. */
export const QUARANTINE_MAX_ROWS = 1_000;

// Headers that carry credentials, not evidence: never stored.
const SECRET_HEADERS = new Set(["authorization", "cookie", "proxy-authorization", "x-api-key"]);

/**
 * The headers of a refused delivery as kept in quarantine: names lower-cased, values joined, credentials
 * (`Authorization`, cookies) left out, each value cut to 1,000 characters. Signatures stay: they are what
 * an operator needs to see why a check failed, and useless without the secret.
 */
export function quarantineHeaders(
  headers: Readonly<Record<string, string | readonly string[] | undefined>>,
): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const key = name.toLowerCase();
    if (value === undefined || SECRET_HEADERS.has(key)) continue;
    const text = typeof value === "string" ? value : value.join(", ");
    kept[key] = text.length > 1000 ? `${text.slice(0, 1000)}…` : text;
  }
  return kept;
}
