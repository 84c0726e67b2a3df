import type { ValidateFunction } from "ajv/dist/2020.js";
import { createAjv } from "./createAjv.js";
import { InvalidReportError, type ValidationIssue } from "./errors.js";
import type { ReportModel } from "./reportModel.js";
import { reportSchema } from "./reportSchema.js";
import { validationIssues } from "./validationIssues.js";

/** Outcome of {@link validateReportModel}. */
export type ReportModelValidation =
  | { readonly valid: true; readonly model: ReportModel }
  | { readonly valid: false; readonly issues: readonly ValidationIssue[] };

let compiled: ValidateFunction<ReportModel> | undefined;

// Compiled on first use and kept: compiling costs milliseconds, validating a model microseconds. One detailed
// validator is enough here — a model is checked once per report, not once per row like a response.
function validator(): ValidateFunction<ReportModel> {
  compiled ??= createAjv().compile<ReportModel>(reportSchema);
  return compiled;
}

/**
 * Checks a document against `report.schema.json` (JSON Schema 2020-12): what a renderer, an output plugin or
 * a test does with a ReportModel it did not build itself (a JSON file, another npskit version). Invalid
 * documents come back with every problem, one line each with the JSON pointer of its field.
 *
 * @example
 * validateReportModel(buildReportModel(input))             // { valid: true, model: { schemaVersion: 1, … } }
 * validateReportModel({ ...model, locale: "de" }).issues   // [{ pointer: "/locale", message: 'must be one of "en", "ru" (got "de")' }]
 */
export function validateReportModel(value: unknown): ReportModelValidation {
  const validate = validator();
  if (validate(value)) return { valid: true, model: value };
  return { valid: false, issues: validationIssues(validate.errors ?? []) };
}

/**
 * Like {@link validateReportModel}, but throws {@link InvalidReportError} (code `NPSKIT_E_INVALID_REPORT`)
 * listing every problem.
 */
export function assertReportModel(value: unknown): asserts value is ReportModel {
  const result = validateReportModel(value);
  if (!result.valid) throw new InvalidReportError(result.issues);
}
