import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { ConfigError, createAjv, fileError, validationIssues } from "@npskit/core";
import { defaultThemeLexicon } from "./defaultThemeLexicon.js";
import type { ThemeDefinition, ThemeLexicon } from "./themeLexicon.js";

/** A lexicon file as the user writes it (`themes.schema.json`). */
interface ThemeLexiconFile {
  readonly replace?: boolean;
  readonly disable?: readonly string[];
  readonly themes: readonly ThemeDefinition[];
}

let validate: ReturnType<ReturnType<typeof createAjv>["compile"]> | undefined;

/**
 * Reads a theme lexicon file (JSON, `schema/themes.schema.json`) and combines it with the built-in lexicon:
 * its themes are added, a theme with a built-in id replaces that theme in place, `disable` drops built-in
 * themes by id, and `"replace": true` uses the file's themes alone. Throws `InputError` (NPSKIT_E_INPUT)
 * when the file cannot be read, `ConfigError` (NPSKIT_E_CONFIG) with the file as location and one issue per
 * bad key otherwise.
 *
 * @example
 * const lexicon = await loadThemeLexicon("themes.json") // { "themes": [{ "id": "price", … }], "disable": ["delivery"] }
 * lexicon.themes.map((theme) => theme.id) // ["price", "billing", "support", …] without "delivery"
 */
export async function loadThemeLexicon(path: string): Promise<ThemeLexicon> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw fileError(path, error);
  }
  const location = { location: { file: path } };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new ConfigError(
      [{ pointer: "", message: `${path} is not valid JSON: ${(error as Error).message}` }],
      location,
    );
  }
  validate ??= createAjv().compile(themesSchema());
  if (!validate(data)) throw new ConfigError(validationIssues(validate.errors ?? []), location);
  const file = data as ThemeLexiconFile;
  const ids = file.themes.map((theme) => theme.id);
  const twice = ids.find((id, index) => ids.indexOf(id) !== index);
  if (twice !== undefined) {
    throw new ConfigError([{ pointer: "/themes", message: `lists the theme "${twice}" twice` }], location);
  }
  if (file.replace === true) return { themes: file.themes };
  const own = new Map(file.themes.map((theme) => [theme.id, theme]));
  const disabled = new Set(file.disable ?? []);
  const builtIn = defaultThemeLexicon.themes
    .filter((theme) => !disabled.has(theme.id))
    .map((theme) => own.get(theme.id) ?? theme);
  const added = file.themes.filter((theme) => !defaultThemeLexicon.themes.some((t) => t.id === theme.id));
  return { themes: [...builtIn, ...added] };
}

let schema: Record<string, unknown> | undefined;

/** The lexicon file's JSON Schema, read once from the package's `schema/` folder (two levels up from src/themes and dist/themes). */
function themesSchema(): Record<string, unknown> {
  schema ??= JSON.parse(
    readFileSync(new URL("../../schema/themes.schema.json", import.meta.url), "utf8"),
  ) as Record<string, unknown>;
  return schema;
}
