/**
 * Cuts untrusted text (a segment value, a period key) down to a safe piece of a file name: letters, digits,
 * ".", "_" and "-"; runs of anything else become one "_", ".." becomes "_", and no piece starts with a dot,
 * so a value like "../../etc" can neither leave the output folder nor hide the file. At most 80 characters;
 * never empty.
 *
 * @example
 * safeFileNamePart("EU / West") // "EU_West"
 * safeFileNamePart("../../etc/passwd") // "_etc_passwd"
 */
export function safeFileNamePart(value: string): string {
  const safe = value
    .normalize("NFC")
    .replace(/\.{2,}/g, "_")
    .replace(/[^\p{L}\p{N}._-]+/gu, "_")
    .replace(/_{2,}/g, "_")
    .replace(/^\./, "_")
    .slice(0, 80);
  return safe === "" ? "_" : safe;
}
