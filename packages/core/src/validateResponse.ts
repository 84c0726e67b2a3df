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

let fast: ValidateFunction<SurveyResponse> | undefined;
let detailed: ValidateFunction<SurveyResponse> | undefined;

// Two validators of the same schema, compiled on first use: a fast one that stops at the first error for the
// common case of a valid record, and one that collects every error with its schema node, run only on the
// records that failed, to explain them.
function fastValidator(): ValidateFunction<SurveyResponse> {
  fast ??= createAjv({ detailed: false }).compile<SurveyResponse>(responseSchema);
  return fast;
}

function detailedValidator(): ValidateFunction<SurveyResponse> {
  detailed ??= createAjv().compile<SurveyResponse>(responseSchema);
  return detailed;
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
  if (fastValidator()(value)) return { valid: true, response: value };
  const validate = detailedValidator();
  validate(value);
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
