// Bundles the extension's own code (the adapter) into dist/extension.cjs with esbuild. The kernel package
// stays a real dependency in node_modules: its worker thread, the report templates and the fonts are files
// it finds next to its own modules, which a bundle would move.
import { build } from "esbuild";

await build({
  entryPoints: [new URL("../src/extension.ts", import.meta.url).pathname],
  outfile: new URL("../dist/extension.cjs", import.meta.url).pathname,
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  external: ["vscode", "@npskit/notebook"],
  sourcemap: false,
  logLevel: "warning",
});
