import type { ValidateFunction } from "ajv/dist/2020.js";
import { createAjv } from "./createAjv.js";
import { type ErrorLocation, InvalidResponseError, type ValidationIssue } from "./errors.js";
import { responseSchema } from "./responseSchema.js";
import type { SurveyResponse } from "./surveyResponse.js";
import { validationIssues } from "./validationIssues.js";

/** Outcome of {@link validateResponse}. */
export type ResponseValidation =
  | { readonly valid: true; readonly response: SurveyResponse }
  | { readonly valid: false; readonly issues: readonly ValidationIssue[] };

let compiled: ValidateFunction<SurveyResponse> | undefined;

/** The response validator, compiled on first use and then shared (compiling costs milliseconds). */
function validator(): ValidateFunction<SurveyResponse> {
  compiled ??= createAjv().compile<SurveyResponse>(responseSchema);
  return compiled;
}

/**
 * Checks a candidate record against `response.schema.json` (JSON Schema 2020-12). Invalid records come back
 * with every problem, each a one-line message with the JSON pointer of its field.
 *
 * @example
 * validateResponse({ id: "7", score: 11, submittedAt: "2026-10-01T09:00:00Z" })
 * // { valid: false, issues: [{ pointer: "/score", message: "must be an integer from 0 to 10, or null (got 11)" }] }
 */
export function validateResponse(value: unknown): ResponseValidation {
  const validate = validator();
  if (validate(value)) return { valid: true, response: value };
  return { valid: false, issues: validationIssues(validate.errors ?? []) };
}

/**
 * Like {@link validateResponse}, but throws {@link InvalidResponseError} (code `NPSKIT_E_INVALID_RESPONSE`),
 * carrying `location` so that the message can name the file and line.
 */
export function assertResponse(value: unknown, location?: ErrorLocation): asserts value is SurveyResponse {
  const result = validateResponse(value);
  if (!result.valid)
    throw new InvalidResponseError(result.issues, location === undefined ? {} : { location });
}
