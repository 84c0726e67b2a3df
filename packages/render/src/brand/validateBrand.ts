import { createAjv, type ValidationIssue, validationIssues } from "@npskit/core";
import { brandSchema } from "./brandSchema.js";

let compiled: ReturnType<ReturnType<typeof createAjv>["compile"]> | undefined;

/** Clearer words than the generic ones for the two keys whose rule is a pattern or a choice. */
const FONT_MESSAGE = 'must be "Inter", "PT Sans", "Noto Sans" or the path of a .woff2, .woff or .ttf file';

/**
 * Checks a parsed brand file against `brand.schema.json`. Returns every problem, each naming the key as a
 * key path (`colors.primary`, `font`) with what was expected and what was found; an empty list when valid.
 *
 * @example
 * validateBrand({ name: "Acme", colors: { primary: "red" } })
 * // [{ pointer: "colors.primary", message: 'must be a colour as #rrggbb, like "#1b365d" (got "red")' }]
 */
export function validateBrand(data: unknown): ValidationIssue[] {
  compiled ??= createAjv().compile(brandSchema());
  if (compiled(data)) return [];
  return validationIssues(compiled.errors ?? []).map((issue) => {
    const key = keyPath(issue.pointer);
    const got = / \(got (.*)\)$/.exec(issue.message)?.[0] ?? "";
    if (key === "font" && !issue.message.startsWith("must be a string")) {
      return { pointer: key, message: `${FONT_MESSAGE}${got}` };
    }
    if (key.startsWith("colors.") && issue.message.startsWith("has an unexpected form")) {
      return { pointer: key, message: `must be a colour as #rrggbb, like "#1b365d"${got}` };
    }
    if ((key === "logo" || key === "fontBold") && issue.message.startsWith("has an unexpected form")) {
      const kinds = key === "logo" ? "an .svg or .png file" : "a .woff2, .woff or .ttf file";
      return { pointer: key, message: `must be the path of ${kinds}${got}` };
    }
    return { pointer: key, message: issue.message };
  });
}

/** JSON pointer → key path as the user writes it ("/colors/primary" → "colors.primary"). */
function keyPath(pointer: string): string {
  return pointer
    .split("/")
    .slice(1)
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .join(".");
}
