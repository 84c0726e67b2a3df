import type { ImportSpecifier } from "es-module-lexer";

/**
 * Turns the import declarations esbuild printed into statements a REPL script may contain, keeping every
 * other line where it was (a declaration spanning several lines is padded with blank lines):
 *
 * | esbuild output | rewritten |
 * |---|---|
 * | `import x, { a as b } from "m";` | `const { default: x, a: b } = await f("m");` |
 * | `import * as ns from "m";` | `const ns = await f("m");` |
 * | `import "m";` | `await f("m");` |
 * | `import("m")` | `f("m")` |
 */
export function rewriteImports(code: string, imports: readonly ImportSpecifier[], fn: string): string {
  let out = "";
  let at = 0;
  for (const entry of imports) {
    if (entry.d === -2) continue; // import.meta: left as is (a SyntaxError in a script, which says so)
    if (entry.d >= 0) {
      // Dynamic import: replace the keyword only.
      out += `${code.slice(at, entry.ss)}${fn}`;
      at = entry.ss + "import".length;
      continue;
    }
    const statement = code.slice(entry.ss, entry.se);
    const specifier = JSON.stringify(entry.n ?? code.slice(entry.s, entry.e));
    const newlines = "\n".repeat((statement.match(/\n/g) ?? []).length);
    out += `${code.slice(at, entry.ss)}${declaration(statement, specifier, fn)}${newlines}`;
    at = entry.se;
    if (code[at] === ";") at += 1;
  }
  return out + code.slice(at);
}

function declaration(statement: string, specifier: string, fn: string): string {
  const clause = /^import\s+([\s\S]*?)\s+from\s*["'][\s\S]*$/.exec(statement)?.[1]?.trim();
  if (clause === undefined) return `await ${fn}(${specifier});`;
  const namespace = /^(?:([\w$]+)\s*,\s*)?\*\s+as\s+([\w$]+)$/.exec(clause);
  if (namespace !== null) {
    const [, defaultName, name] = namespace;
    return defaultName === undefined
      ? `const ${name} = await ${fn}(${specifier});`
      : `const ${name} = await ${fn}(${specifier}), { default: ${defaultName} } = ${name};`;
  }
  const named = /^(?:([\w$]+)\s*,?\s*)?(?:\{([\s\S]*)\})?$/.exec(clause);
  if (named === null) throw new SyntaxError(`unsupported import: ${statement}`);
  const [, defaultName, list] = named;
  const bindings = [
    ...(defaultName === undefined ? [] : [`default: ${defaultName}`]),
    ...(list ?? "")
      .split(",")
      .map((item) => item.trim())
      .filter((item) => item !== "")
      .map((item) => {
        const [imported, local] = item.split(/\s+as\s+/);
        const key = /^["']/.test(imported!) ? imported : imported;
        return local === undefined ? key! : `${key}: ${local}`;
      }),
  ];
  return `const { ${bindings.join(", ")} } = await ${fn}(${specifier});`;
}
