import { register } from "node:module";

let registered = false;

/**
 * Lets a config file import `@npskit/*` packages that its own folder does not have: a project made by
 * `npskit init` and run with a global or `npx` npskit works before (or without) `npm install`. Node's
 * resolver is asked first, so a project's own installed version always wins; only when it finds nothing
 * is the import resolved from this CLI's installation, which has the core, the sources and the outputs.
 * Registered once per process, as a Node module hook (`module.register`, Node ≥ 20.6).
 */
export function registerNpskitImportFallback(): void {
  if (registered) return;
  registered = true;
  // The hook runs on Node's loader thread, so it is passed as source; `parentURL` is this module.
  const hook = `
const fallbackParent = ${JSON.stringify(import.meta.url)};
export async function resolve(specifier, context, nextResolve) {
  try {
    return await nextResolve(specifier, context);
  } catch (error) {
    if (error?.code !== "ERR_MODULE_NOT_FOUND" || !specifier.startsWith("@npskit/")) throw error;
    return nextResolve(specifier, { ...context, parentURL: fallbackParent });
  }
}`;
  register(`data:text/javascript,${encodeURIComponent(hook)}`);
}
