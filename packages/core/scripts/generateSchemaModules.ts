/** Writes the modules generated from the response schema. Run with `pnpm generate` after editing the schema. */
import { writeFile } from "node:fs/promises";
import { packageDir, schemaModules } from "./schemaModules.js";

for (const [path, content] of Object.entries(await schemaModules())) {
  await writeFile(`${packageDir}${path}`, content);
  console.log(`wrote ${path}`);
}
