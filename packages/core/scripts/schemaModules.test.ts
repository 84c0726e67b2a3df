// The JSON Schemas in schema/ are the single source of truth; the TypeScript types and schema modules in src/
// are generated from them. Regenerating here and comparing with the committed files proves that the types
// the compiler checks and the schema ajv validates against cannot drift apart.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { configSchema } from "../src/configSchema.js";
import { resolveConfig } from "../src/resolveConfig.js";
import { responseSchema } from "../src/responseSchema.js";
import type { Respondent, SurveyResponse } from "../src/surveyResponse.js";
import { validateResponse } from "../src/validateResponse.js";
import { packageDir, schemaModules } from "./schemaModules.js";

const generated = await schemaModules();

describe("generated schema modules", () => {
  it("cover every schema, types and schema module each", () => {
    expect(Object.keys(generated).sort()).toEqual([
      "src/configData.ts",
      "src/configSchema.ts",
      "src/reportModel.ts",
      "src/reportSchema.ts",
      "src/responseSchema.ts",
      "src/surveyResponse.ts",
    ]);
  });

  it.each(Object.keys(generated))(
    "%s equals a fresh generation (run `pnpm generate` after editing a schema)",
    async (path) => {
      const committed = await readFile(`${packageDir}${path}`, "utf8");
      expect(committed).toBe(generated[path]);
    },
  );

  it.each([
    ["schema/response.schema.json", responseSchema],
    ["schema/config.schema.json", configSchema],
  ])("the module of %s holds the schema as it is", async (path, schema) => {
    expect(schema).toEqual(JSON.parse(await readFile(`${packageDir}${path}`, "utf8")));
  });

  it("carries every default as an @default tag", () => {
    expect(generated["src/configData.ts"]).toContain('@default "UTC"');
    expect(generated["src/configData.ts"]).toContain('@default "adjusted-wald"');
    expect(generated["src/configData.ts"]).toContain("@default 0.95");
  });
});

describe("the SurveyResponse type and the response schema agree", () => {
  it("a response using every field of the type is valid", () => {
    // Typed, so the compiler checks it against the generated type; every optional field is present.
    const respondent: Required<Respondent> = {
      email: "anna@example.com",
      name: "Anna",
      externalId: "crm-42",
      consentToContact: true,
    };
    const response: Required<SurveyResponse> = {
      id: "19085864118",
      score: 9,
      submittedAt: "2026-10-31T22:30:00+03:00",
      comment: "Support answered in minutes, thanks Anna!",
      segments: { region: "Europe", plan: "pro" },
      drivers: { support: 5, price: null },
      respondent,
      source: "npskit:csv",
      locale: "ru-RU",
      meta: { campaign: "2026-10", tags: ["vip"] },
    };
    expect(Object.keys(respondent).sort()).toEqual(
      Object.keys(responseSchema.$defs.respondent.properties).sort(),
    );
    expect(Object.keys(response).sort()).toEqual(Object.keys(responseSchema.properties).sort());
    expect(validateResponse(response)).toEqual({ valid: true, response });
  });

  it("the schema requires what the type requires", () => {
    const required = { id: "1", score: null, submittedAt: "2026-10-01T00:00:00Z" } satisfies SurveyResponse;
    expect([...responseSchema.required].sort()).toEqual(Object.keys(required).sort());
    expect(validateResponse(required).valid).toBe(true);
  });
});

describe("the config types and the config schema agree", () => {
  it("the resolved config has every schema property, with its default", () => {
    const resolved = resolveConfig({});
    expect(Object.keys(resolved).sort()).toEqual(Object.keys(configSchema.properties).sort());
    expect(Object.keys(resolved.analysis).sort()).toEqual(
      Object.keys(configSchema.properties.analysis.properties).sort(),
    );
    expect(resolved.analysis.timeZone).toBe(configSchema.properties.analysis.properties.timeZone.default);
    expect(resolved.analysis.interval.level).toBe(
      configSchema.properties.analysis.properties.interval.properties.level.default,
    );
  });
});
