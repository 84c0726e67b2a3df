import { InputError } from "@npskit/core";
import Handlebars from "handlebars";
import type { TemplateSet, TemplateSource } from "./loadTemplateSet.js";
import { type HelperContext, reportHelpers } from "./reportHelpers.js";

/** Compile options of every report template: a missing property is an error, not an empty string. */
const COMPILE_OPTIONS: CompileOptions = { strict: true, preventIndent: true };

type CompileOptions = Parameters<typeof Handlebars.compile>[1];

/**
 * A Handlebars environment of its own (`Handlebars.create()`, so helpers and partials never leak between
 * renderers or into a user's Handlebars), with the report helpers and the template's partials, and the
 * compiled layout. Templates compile in strict mode; prototype access stays at Handlebars' safe default
 * and there is no `helperMissing`. Triple-stash (`{{{ }}}`) and `{{& }}` are refused in every template
 * file: untrusted text is only ever escaped, and charts go through the `svg` helper.
 */
export function createEnvironment(
  templates: TemplateSet,
  ctx: HelperContext,
): { readonly hbs: typeof Handlebars; readonly layout: Handlebars.TemplateDelegate } {
  const hbs = Handlebars.create();
  hbs.registerHelper(reportHelpers(hbs, ctx));
  for (const [name, partial] of templates.partials) hbs.registerPartial(name, compile(hbs, partial));
  return { hbs, layout: compile(hbs, templates.layout) };
}

function compile(hbs: typeof Handlebars, template: TemplateSource): Handlebars.TemplateDelegate {
  const unescaped = /\{\{\{|\{\{~?\s*&/.exec(template.source);
  if (unescaped !== null) {
    const line = template.source.slice(0, unescaped.index).split("\n").length;
    throw new InputError(
      `${template.file}:${line}: unescaped output ({{{ }}} or {{& }}) is not allowed in report templates; use {{ }} (charts: {{svg chart}})`,
      { location: { file: template.file, line } },
    );
  }
  try {
    // Parse now (compile is lazy), so a syntax error names its file here rather than surfacing mid-render.
    hbs.parse(template.source);
    return hbs.compile(template.source, COMPILE_OPTIONS);
  } catch (error) {
    throw new InputError(`${template.file}: ${(error as Error).message}`, {
      location: { file: template.file },
      cause: error,
    });
  }
}
