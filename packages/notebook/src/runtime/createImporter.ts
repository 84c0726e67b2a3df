import { createRequire } from "node:module";
import { isAbsolute, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * The `import` of notebook cells: relative specifiers resolve from the notebook's folder, packages from the
 * notebook's `node_modules` (then from the kernel's own installation, which has the `@npskit/*` packages the
 * helpers use). TypeScript modules load through tsx, registered in the worker. Each module is loaded once per
 * kernel, so every cell sees the same instance.
 */
export function createImporter(dir: string): (specifier: string) => Promise<unknown> {
  const requireFromNotebook = createRequire(join(dir, "notebook.npsnb"));
  return async (specifier: string) => {
    if (specifier.startsWith("node:") || specifier.startsWith("file:") || specifier.startsWith("data:"))
      return import(specifier);
    if (specifier.startsWith(".") || isAbsolute(specifier))
      return import(pathToFileURL(resolve(dir, specifier)).href);
    let path: string | undefined;
    try {
      path = requireFromNotebook.resolve(specifier);
    } catch {
      path = undefined;
    }
    // Built-in modules resolve to their own name.
    if (path !== undefined && isAbsolute(path)) return import(pathToFileURL(path).href);
    return import(specifier);
  };
}
