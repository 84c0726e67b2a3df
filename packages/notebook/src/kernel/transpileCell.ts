import { decode } from "@jridgewell/sourcemap-codec";
import { init, parse } from "es-module-lexer";
import { transform } from "esbuild";
import { rewriteImports } from "./rewriteImports.js";

/** A cell compiled for the kernel, with what it takes to map positions back to the cell's own lines. */
export interface TranspiledCell {
  /** JavaScript ready for `Runtime.evaluate` in REPL mode, named `url` for stack traces. */
  readonly code: string;
  /** The script name in stack traces (`//# sourceURL`). */
  readonly url: string;
  /** For each generated line (0-based), the cell line (1-based) each generated column maps to. */
  readonly lineMap: readonly (readonly [column: number, line: number][])[];
}

/** Names the kernel puts in the worker's scope for the rewritten imports. */
export const IMPORT_FUNCTION = "__npskitImport";

/**
 * Compiles one cell: TypeScript to JavaScript with esbuild (ESM output, so top-level `await` is kept; type-only
 * imports dropped, value imports kept even when this cell does not use them — a later cell may), then static
 * `import` declarations become `const … = await __npskitImport("…")` and `import("…")` calls go through the
 * same function, which resolves from the notebook's folder. Line numbers survive through esbuild's source map.
 *
 * @throws the esbuild error for a syntax error, with its cell line and column.
 */
export async function transpileCell(source: string, url: string): Promise<TranspiledCell> {
  const result = await transform(source, {
    loader: "ts",
    format: "esm",
    target: "es2022",
    sourcemap: "external",
    sourcefile: url,
    tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true } },
  });
  await init;
  const [imports] = parse(result.code, url);
  const code = rewriteImports(result.code, imports, IMPORT_FUNCTION);
  const map = JSON.parse(result.map) as { mappings: string };
  const lineMap = decode(map.mappings).map((segments) =>
    segments.filter((s) => s.length >= 4).map((s) => [s[0], (s[2] as number) + 1] as [number, number]),
  );
  return { code: `${code}\n//# sourceURL=${url}`, url, lineMap };
}

/** The cell line (1-based) of a generated position (`line` 1-based, `column` 1-based), or undefined. */
export function cellLineOf(cell: TranspiledCell, line: number, column: number): number | undefined {
  const segments = cell.lineMap[line - 1];
  if (segments === undefined || segments.length === 0) return undefined;
  let found = segments[0]![1];
  for (const [generated, original] of segments) {
    if (generated > column - 1) break;
    found = original;
  }
  return found;
}
