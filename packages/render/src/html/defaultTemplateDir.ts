import { fileURLToPath } from "node:url";

/**
 * Folder of the default report template (`templates/monthly`). The build copies it into the package
 * (`templates/monthly`, next to `dist`); when running from the sources (tests in the monorepo) the
 * repository's own `templates/monthly` is used, so a test never sees a stale copy.
 */
export function defaultTemplateDir(): string {
  const here = fileURLToPath(import.meta.url);
  const fromSources = /[\\/]src[\\/]html[\\/][^\\/]+$/.test(here);
  const relative = fromSources ? "../../../../templates/monthly/" : "../../templates/monthly/";
  return fileURLToPath(new URL(relative, import.meta.url));
}
