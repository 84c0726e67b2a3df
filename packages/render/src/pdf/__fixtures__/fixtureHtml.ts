import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** Unicode ranges of @fontsource/inter's latin and cyrillic subsets (copied from its 400.css). */
const LATIN =
  "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD";
const CYRILLIC = "U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116";

function fontFace(subset: "latin" | "cyrillic", weight: 400 | 700): string {
  const file = require.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff2`);
  const data = readFileSync(file).toString("base64");
  const range = subset === "latin" ? LATIN : CYRILLIC;
  return `@font-face{font-family:Inter;font-style:normal;font-weight:${weight};font-display:block;src:url(data:font/woff2;base64,${data}) format("woff2");unicode-range:${range}}`;
}

/** Options of {@link fixtureHtml}. */
export interface FixtureOptions {
  /** Rows of the long table. @default 32 (three A4 pages with the text above it) */
  readonly rows?: number;
  /** Markup added at the end of `<head>` (injection tests). */
  readonly head?: string;
  /** Markup added at the start of `<body>` (injection tests). */
  readonly body?: string;
  /** @default "Monthly NPS report" */
  readonly title?: string;
  /** Whether the text has an emoji (drawn with Noto Color Emoji, a Type 3 font in the PDF). @default true */
  readonly emoji?: boolean;
}

/**
 * A small self-contained report page like the ones `renderHtml` produces: Inter (latin + cyrillic, 400 and
 * 700) inlined as data: URIs, A4 from CSS `@page` with "Page N of M" in a margin box, headings for the
 * outline, Cyrillic text, an emoji, and a long table with a repeated header whose rows must not split.
 */
export function fixtureHtml(options: FixtureOptions = {}): string {
  const rows = Array.from({ length: options.rows ?? 32 }, (_, i) => {
    const n = String(i + 1).padStart(3, "0");
    // Row 009 is 25 lines tall and reaches past the end of page 1: without `break-inside: avoid` Chromium
    // splits it there (checked), with it the row moves to page 2 whole.
    const lines = Array.from({ length: i === 8 ? 25 : 2 }, (_, k) => `line ${k + 1} of row ${n}`);
    return `<tr><td>Row ${n}</td><td>Регион ${n}</td><td>${(i * 7) % 100}</td><td>${lines.join("<br>")}</td></tr>`;
  }).join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${options.title ?? "Monthly NPS report"}</title>
<style>
${fontFace("latin", 400)}
${fontFace("latin", 700)}
${fontFace("cyrillic", 400)}
${fontFace("cyrillic", 700)}
@page { size: A4; margin: 18mm 16mm 20mm;
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font-family: Inter, sans-serif; font-size: 9pt; color: #555; } }
html { font-family: Inter, "Noto Color Emoji", sans-serif; font-size: 10.5pt; color: #1a1a2e; }
h1 { font-weight: 700; color: #3b2c85; }
.banner { background: #ece8fb; padding: 6mm; border-radius: 3mm; }
table { width: 100%; border-collapse: collapse; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th { font-weight: 700; text-align: left; background: #3b2c85; color: white; }
th, td { padding: 2mm 3mm; border-bottom: 0.3mm solid #ccc; }
</style>
${options.head ?? ""}
</head>
<body>
${options.body ?? ""}
<h1>${options.title ?? "Monthly NPS report"}</h1>
<div class="banner"><p>Net Promoter Score: <strong>+42</strong> (95% interval 35 to 49). Customers love it${options.emoji === false ? "" : " 👍"}</p></div>
<h2>Сводка</h2>
<p>Отчёт о лояльности клиентов за октябрь: индекс NPS вырос на 5 пунктов.</p>
<h2>Segments</h2>
<table>
<thead><tr><th>Segment</th><th>Регион</th><th>NPS</th><th>Notes</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</body>
</html>
`;
}
