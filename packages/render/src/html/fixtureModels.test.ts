import { reportSchema, validateReportModel } from "@npskit/core";
import { describe, expect, it } from "vitest";
import { coreExampleModel, type FixtureName, fixtureModel } from "../../test/fixtureModel.js";

// The renderer's tests stand on these models: they must be valid ReportModels, or a passing test proves nothing.
describe("fixture models", () => {
  it.each<FixtureName>(["en", "ru", "hostile", "empty"])("%s is valid against report.schema.json", (name) => {
    const result = validateReportModel(fixtureModel(name));
    expect(result.valid ? [] : result.issues).toEqual([]);
  });

  it("core's example model (when present) is valid too", () => {
    const model = coreExampleModel();
    if (model === undefined) return;
    expect(validateReportModel(model).valid).toBe(true);
  });

  it("uses the schema core exports", () => {
    expect(reportSchema.$id).toBe("https://npskit.dev/schema/report.schema.json");
  });
});
