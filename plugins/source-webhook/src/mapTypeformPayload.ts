import { describeValue } from "./describeValue.js";
import { isPlainObject } from "./isPlainObject.js";
import { toMappedResponse } from "./toMappedResponse.js";
import type { WebhookMapping } from "./webhookMapping.js";

/** Options of {@link mapTypeformPayload}. */
export interface TypeformMappingOptions {
  /** Id or ref of the NPS field. @default the form's only field of type `nps` */
  readonly npsField?: string;
  /**
   * Id or ref of the field whose text answer becomes `comment`.
   * @default the first field of type `long_text` in the form definition's order (unanswered: no comment)
   */
  readonly commentField?: string;
  /** Hidden fields that become segments. @default every hidden field but `emailHiddenField` */
  readonly segments?: readonly string[];
  /** The hidden field that carries the respondent's e-mail (kept out of segments). @default "email" */
  readonly emailHiddenField?: string;
  /** Set as `source` on each response. @default "typeform" */
  readonly source?: string;
}

interface Field {
  readonly id: string;
  readonly ref: string | undefined;
  readonly type: unknown;
}

/**
 * Maps a Typeform webhook delivery (`event_type: "form_response"`) to one response:
 *
 * - `id` ← `form_response.token`; `submittedAt` ← `submitted_at` (also the version the store compares).
 * - `score` ← the `number` answer on the NPS field: the form's field of type `nps`, found in
 *   `form_response.definition.fields` by id or ref (`npsField`), or its only one. No answer for it means the
 *   respondent skipped it: `score: null`, unanswered.
 * - `comment` ← the text answer of `commentField`, by default the **first `long_text` field of the form
 *   definition** (definition order, not answer order), if answered.
 * - `segments` ← hidden fields with a non-empty value (`segments` to choose), except the e-mail one;
 *   `respondent.email` ← the hidden `email` field, else the first answer of type `email`.
 *
 * Other event types are ignored; a form with no NPS field, or an answer that is not a 0–10 number, rejects the
 * delivery with the reason.
 *
 * @example
 * mapTypeformPayload(JSON.parse(body))
 * // { kind: "responses", eventId: "01JBZ…", responses: [{ response: { id: "a3a12e…", score: 9, … }, … }], rejected: [] }
 */
export function mapTypeformPayload(payload: unknown, options: TypeformMappingOptions = {}): WebhookMapping {
  if (!isPlainObject(payload)) return { kind: "rejected", reason: "payload must be a JSON object" };
  if (payload.event_type !== "form_response") {
    return {
      kind: "ignored",
      reason: `event_type ${describeValue(payload.event_type)} carries no form response`,
    };
  }
  const form = payload.form_response;
  if (!isPlainObject(form)) return { kind: "rejected", reason: "form_response must be an object" };
  const definition = isPlainObject(form.definition) ? form.definition : undefined;
  if (definition === undefined || !Array.isArray(definition.fields)) {
    return {
      kind: "rejected",
      reason: "form_response.definition.fields is missing: the NPS field cannot be found",
    };
  }
  const fields = definition.fields.filter(isPlainObject).map(
    (field): Field => ({
      id: String(field.id),
      ref: typeof field.ref === "string" ? field.ref : undefined,
      type: field.type,
    }),
  );
  const answers = Array.isArray(form.answers) ? form.answers.filter(isPlainObject) : [];
  const answerOf = (field: Field) =>
    answers.find((answer) => isPlainObject(answer.field) && String(answer.field.id) === field.id);

  const nps = findNpsField(fields, options.npsField);
  if (!nps.ok) return { kind: "rejected", reason: nps.reason };
  const npsAnswer = answerOf(nps.field);
  let score: unknown = null;
  if (npsAnswer !== undefined) {
    if (npsAnswer.type !== "number") {
      return {
        kind: "rejected",
        reason: `the answer to NPS field ${nps.field.id} is of type ${describeValue(npsAnswer.type)}, expected "number"`,
      };
    }
    score = npsAnswer.number;
  }

  const commentField =
    options.commentField === undefined
      ? fields.find((field) => field.type === "long_text")
      : fields.find((field) => matches(field, options.commentField as string));
  if (options.commentField !== undefined && commentField === undefined) {
    return {
      kind: "rejected",
      reason: `no field with id or ref ${describeValue(options.commentField)} in the form`,
    };
  }
  const commentAnswer = commentField === undefined ? undefined : answerOf(commentField);
  const comment = typeof commentAnswer?.text === "string" ? commentAnswer.text.trim() : "";

  const hidden = isPlainObject(form.hidden) ? form.hidden : {};
  const emailKey = options.emailHiddenField ?? "email";
  const wanted = options.segments;
  const segments = Object.fromEntries(
    Object.entries(hidden).filter(
      ([key, value]) =>
        typeof value === "string" &&
        value !== "" &&
        key !== emailKey &&
        (wanted === undefined || wanted.includes(key)),
    ),
  );
  const emailAnswer = answers.find((answer) => answer.type === "email" && typeof answer.email === "string");
  const email =
    typeof hidden[emailKey] === "string" && hidden[emailKey] !== "" ? hidden[emailKey] : emailAnswer?.email;

  const candidate = {
    id:
      typeof form.token === "string" ? form.token : form.token === undefined ? undefined : String(form.token),
    score,
    submittedAt: form.submitted_at,
    ...(comment === "" ? {} : { comment }),
    ...(Object.keys(segments).length === 0 ? {} : { segments }),
    ...(email === undefined ? {} : { respondent: { email } }),
    source: options.source ?? "typeform",
  };
  const submittedAt = typeof form.submitted_at === "string" ? form.submitted_at : "";
  const mapped = toMappedResponse(candidate, Date.parse(submittedAt), true);
  if (!mapped.ok) return { kind: "rejected", reason: mapped.reason };
  return {
    kind: "responses",
    ...(typeof payload.event_id === "string" ? { eventId: payload.event_id } : {}),
    responses: [mapped.mapped],
    rejected: [],
  };
}

function matches(field: Field, idOrRef: string): boolean {
  return field.id === idOrRef || field.ref === idOrRef;
}

function findNpsField(
  fields: readonly Field[],
  wanted: string | undefined,
): { readonly ok: true; readonly field: Field } | { readonly ok: false; readonly reason: string } {
  if (wanted !== undefined) {
    const field = fields.find((candidate) => matches(candidate, wanted));
    if (field === undefined)
      return { ok: false, reason: `no field with id or ref ${describeValue(wanted)} in the form` };
    if (field.type !== "nps") {
      return {
        ok: false,
        reason: `field ${describeValue(wanted)} is of type ${describeValue(field.type)}, not "nps"`,
      };
    }
    return { ok: true, field };
  }
  const candidates = fields.filter((field) => field.type === "nps");
  const [only] = candidates;
  if (only === undefined) return { ok: false, reason: 'the form has no field of type "nps"' };
  if (candidates.length > 1) {
    return {
      ok: false,
      reason: `the form has ${candidates.length} fields of type "nps" (${describeValue(candidates.map((field) => field.ref ?? field.id))}): choose one with npsField`,
    };
  }
  return { ok: true, field: only };
}
