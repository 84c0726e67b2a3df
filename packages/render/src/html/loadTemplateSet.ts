import { readdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileError, InputError } from "@npskit/core";
import { defaultTemplateDir } from "./defaultTemplateDir.js";
import type { LocaleStrings } from "./translator.js";

/** A template file's text and where it came from (for error messages). */
export interface TemplateSource {
  readonly file: string;
  readonly source: string;
}

/** The files of a report template after overrides: what the Handlebars environment is built from. */
export interface TemplateSet {
  /** `layout.hbs`: the body of the document, calling the partials. */
  readonly layout: TemplateSource;
  /** `partials/<name>.hbs` by name. */
  readonly partials: ReadonlyMap<string, TemplateSource>;
  /** `report.css`: the print stylesheet. */
  readonly css: TemplateSource;
  /** `locales/<locale>.json`, the user's keys over the default ones. */
  readonly strings: LocaleStrings;
}

/**
 * Loads the default template (`templates/monthly`) with a user's `templateDir` on top, file by file: a
 * `layout.hbs`, `report.css` or `partials/<name>.hbs` found in `templateDir` replaces the default one,
 * everything else falls back to the default (so a user can restyle one partial and keep the rest). A
 * user's `locales/<locale>.json` overrides the default strings key by key. Files are read on every call;
 * output depends only on their contents, never on their order on disk.
 */
export async function loadTemplateSet(locale: string, templateDir?: string): Promise<TemplateSet> {
  const base = defaultTemplateDir();
  const user = templateDir === undefined ? undefined : resolve(templateDir);
  const pick = async (relative: string): Promise<TemplateSource> => {
    if (user !== undefined) {
      const override = await readOptional(join(user, relative));
      if (override !== undefined) return { file: join(user, relative), source: override };
    }
    const file = join(base, relative);
    return { file, source: await readRequired(file) };
  };
  const names = new Set([
    ...(await partialNames(base)),
    ...(user === undefined ? [] : await partialNames(user)),
  ]);
  const partials = new Map<string, TemplateSource>();
  for (const name of [...names].sort()) partials.set(name, await pick(join("partials", `${name}.hbs`)));
  const localeFile = join("locales", `${locale}.json`);
  const strings = parseStrings(join(base, localeFile), await readRequired(join(base, localeFile)));
  const userStrings = user === undefined ? undefined : await readOptional(join(user, localeFile));
  return {
    layout: await pick("layout.hbs"),
    partials,
    css: await pick("report.css"),
    strings:
      userStrings === undefined
        ? strings
        : merge(strings, parseStrings(join(user ?? "", localeFile), userStrings)),
  };
}

async function partialNames(dir: string): Promise<string[]> {
  const entries = await readdir(join(dir, "partials")).catch((error: { code?: string }) => {
    if (error.code === "ENOENT") return [] as string[];
    throw fileError(join(dir, "partials"), error);
  });
  return entries.filter((name) => name.endsWith(".hbs")).map((name) => name.slice(0, -".hbs".length));
}

async function readOptional(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    if ((error as { code?: string }).code === "ENOENT") return undefined;
    throw fileError(file, error);
  }
}

async function readRequired(file: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    throw fileError(file, error);
  }
}

function parseStrings(file: string, text: string): LocaleStrings {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new InputError(`${file} is not valid JSON: ${(error as Error).message}`, { location: { file } });
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new InputError(`${file} must hold a JSON object of strings`, { location: { file } });
  }
  return value as LocaleStrings;
}

/** The user's strings over the default ones, key by key (nested objects merge, strings replace). */
function merge(base: LocaleStrings, over: LocaleStrings): LocaleStrings {
  const out: Record<string, string | LocaleStrings> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    if (key === "__proto__" || key === "constructor" || key === "prototype") continue;
    const current = out[key];
    out[key] =
      typeof value === "object" && value !== null && typeof current === "object"
        ? merge(current, value)
        : value;
  }
  return out;
}
