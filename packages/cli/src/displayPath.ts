import { isAbsolute, relative } from "node:path";

/**
 * A path as the user should see it: relative to `cwd` when it is inside it ("reports/nps-2026-10.pdf"),
 * absolute otherwise ("/tmp/out/nps-2026-10.pdf" rather than "../../tmp/out/…").
 */
export function displayPath(path: string, cwd = process.cwd()): string {
  const inside = relative(cwd, path);
  if (inside === "") return ".";
  return inside.startsWith("..") || isAbsolute(inside) ? path : inside;
}
