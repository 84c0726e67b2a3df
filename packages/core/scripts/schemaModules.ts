/**
 * Generates the TypeScript modules that mirror the JSON Schemas in `schema/`, the single source of truth:
 * for each schema, its types (by json-schema-to-typescript, with `@default` tags from `default`) and the
 * schema itself as a module, so the core loads it without file I/O. `schemaModules.test.ts` regenerates them
 * and fails when a committed copy has drifted from its schema.
 */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { compile, type JSONSchema } from "json-schema-to-typescript";

export const packageDir = fileURLToPath(new URL("..", import.meta.url));

/** Each schema, the type name of its root, and the modules generated from it. */
const SCHEMAS = [
  {
    schema: "schema/response.schema.json",
    root: "SurveyResponse",
    types: "src/surveyResponse.ts",
    module: "src/responseSchema.ts",
    constant: "responseSchema",
  },
  {
    schema: "schema/report.schema.json",
    root: "ReportModel",
    types: "src/reportModel.ts",
    module: "src/reportSchema.ts",
    constant: "reportSchema",
  },
  {
    schema: "schema/config.schema.json",
    root: "ConfigData",
    types: "src/configData.ts",
    module: "src/configSchema.ts",
    constant: "configSchema",
  },
] as const;

/** Paths (relative to the package) and contents of every generated module. */
export async function schemaModules(): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of SCHEMAS) {
    const schema = JSON.parse(await readFile(`${packageDir}${entry.schema}`, "utf8")) as JSONSchema;
    const banner = (what: string) =>
      `// ${what}\n// Generated from ${entry.schema} by scripts/generateSchemaModules.ts (pnpm generate). Do not edit.\n`;
    files[entry.types] = await compile(withDefaultTags(structuredClone(schema)), entry.root, {
      bannerComment: banner(`Types of ${entry.root}.`),
      additionalProperties: false,
      format: true,
    });
    files[entry.module] =
      `${banner(`The ${entry.root} JSON Schema (2020-12), as a module.`)}\n` +
      `export const ${entry.constant} = ${JSON.stringify(schema, null, 2)} as const;\n`;
  }
  return files;
}

/** Appends `@default <value>` to each description, so editors show defaults on hover. */
function withDefaultTags(node: JSONSchema): JSONSchema {
  if (typeof node !== "object" || node === null) return node;
  for (const value of Object.values(node)) {
    if (typeof value === "object" && value !== null) withDefaultTags(value as JSONSchema);
  }
  if ("default" in node && typeof node.description === "string") {
    node.description += `\n\n@default ${JSON.stringify(node.default)}`;
  }
  return node;
}
