const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/**
 * Replaces each `{{key}}` in `text` with `values[key]`: the whole of the template language, on purpose. An
 * unknown key throws, naming `where`: a broken template is a bug in npskit, and a user must never receive a
 * file with a placeholder left in it.
 *
 * @example
 * fillPlaceholders('name: "{{pluginName}}"', { pluginName: "acme:crm" }, "src/crmSource.ts") // 'name: "acme:crm"'
 */
export function fillPlaceholders(
  text: string,
  values: Readonly<Record<string, string>>,
  where: string,
): string {
  return text.replace(PLACEHOLDER, (_, key: string) => {
    const value = Object.hasOwn(values, key) ? values[key] : undefined;
    if (value === undefined)
      throw new Error(`the template file ${where} uses an unknown placeholder {{${key}}}`);
    return value;
  });
}
