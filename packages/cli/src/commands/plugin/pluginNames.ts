/** The names a new plugin package is made with, all derived from its npm package name. */
export interface PluginNames {
  /** The npm package name, as given: `@acme/npskit-source-crm`. */
  readonly packageName: string;
  /** The package name without its scope: `npskit-source-crm`; the default folder to create. */
  readonly unscopedName: string;
  /** What the plugin reads, without npm's naming conventions: `crm`. */
  readonly shortName: string;
  /** `shortName` as a JavaScript identifier: `help-desk` → `helpDesk`; `3cx` → `_3cx`. */
  readonly camelName: string;
  /** `camelName` capitalised, for type names: `HelpDesk`. */
  readonly pascalName: string;
  /** The plugin's namespaced `name`: `acme:crm` (scope:short), or `crm:source` without a scope. */
  readonly pluginName: string;
}

// Conventional affixes that say "this is an npskit plugin" rather than what it reads.
const PREFIXES = ["npskit-source-", "npskit-plugin-", "npskit-"];
const SUFFIXES = ["-npskit-source", "-npskit-plugin", "-npskit"];

/**
 * Derives the plugin's identifiers from a valid npm package name (see `packageNameProblem`).
 *
 * @example
 * pluginNamesOf("@acme/npskit-source-crm") // { shortName: "crm", camelName: "crm", pascalName: "Crm", pluginName: "acme:crm", … }
 * pluginNamesOf("npskit-source-help-desk") // { shortName: "help-desk", camelName: "helpDesk", pluginName: "help-desk:source", … }
 */
export function pluginNamesOf(packageName: string): PluginNames {
  const slash = packageName.indexOf("/");
  const scope = packageName.startsWith("@") ? trimSymbols(packageName.slice(1, slash)) : "";
  const unscopedName = packageName.startsWith("@") ? packageName.slice(slash + 1) : packageName;
  const shortName = trimSymbols(withoutAffixes(unscopedName)) || trimSymbols(unscopedName);
  const words = shortName.split(/[^a-z0-9]+/).filter((word) => word !== "");
  const joined = words.map((word, index) => (index === 0 ? word : capitalise(word))).join("");
  // An identifier cannot start with a digit; an underscore keeps the name recognisable.
  const camelName = /^[0-9]/.test(joined) ? `_${joined}` : joined;
  return {
    packageName,
    unscopedName,
    shortName,
    camelName,
    pascalName: capitalise(camelName),
    // Without a scope there is no owner to name, so the namespace is what the plugin reads.
    pluginName: scope === "" ? `${shortName}:source` : `${scope}:${shortName}`,
  };
}

function withoutAffixes(name: string): string {
  const prefix = PREFIXES.find((affix) => name.startsWith(affix) && name.length > affix.length);
  const rest = prefix === undefined ? name : name.slice(prefix.length);
  const suffix = SUFFIXES.find((affix) => rest.endsWith(affix) && rest.length > affix.length);
  return suffix === undefined ? rest : rest.slice(0, -suffix.length);
}

/** Drops leading and trailing `-`, `.` and `_`: a plugin name must start with a letter or digit. */
function trimSymbols(name: string): string {
  return name.replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, "");
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
