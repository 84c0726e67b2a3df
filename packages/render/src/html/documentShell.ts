import { InputError } from "@npskit/core";
import Handlebars from "handlebars";

/**
 * The Content-Security-Policy of every report: nothing may load or run, except inline styles and `data:`
 * images and fonts (all of which npskit embedded itself). It holds when the HTML is opened in a browser,
 * not only when npskit prints it.
 */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

/** Parts of the document around the template's body. */
export interface DocumentParts {
  /** `lang` of the document: the report's locale. */
  readonly lang: string;
  /** Document title (plain text; escaped here). */
  readonly title: string;
  /** All CSS, inlined in one `<style>`. */
  readonly css: string;
  /** The rendered layout. */
  readonly body: string;
  /** For error messages about the CSS. */
  readonly cssFile: string;
}

/**
 * The HTML document around the rendered template. Kept in code, not in the template, so that no template
 * override can drop the CSP, the charset or the `lang`. The CSS is checked: it must not close the
 * `<style>` element nor load anything (`@import`, `url()` other than `data:` or a `#fragment`).
 */
export function documentShell(parts: DocumentParts): string {
  assertSelfContainedCss(parts.css, parts.cssFile);
  const escapeHtml = Handlebars.Utils.escapeExpression;
  return `<!DOCTYPE html>
<html lang="${escapeHtml(parts.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<meta name="generator" content="npskit">
<title>${escapeHtml(parts.title)}</title>
<style>
${parts.css}
</style>
</head>
<body>
${parts.body.trim()}
</body>
</html>
`;
}

function assertSelfContainedCss(css: string, file: string): void {
  const problem = /<\/style/i.test(css)
    ? "it contains </style"
    : /@import\b/i.test(css)
      ? "it uses @import"
      : /url\(\s*(?!["']?(?:data:|#))/i.test(css)
        ? "it loads a url() that is not data: or #fragment"
        : undefined;
  if (problem !== undefined) {
    throw new InputError(`${file}: the report CSS must be self-contained, but ${problem}`, {
      location: { file },
    });
  }
}
