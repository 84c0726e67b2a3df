import { describeValue } from "./describeValue.js";
import { isPlainObject } from "./isPlainObject.js";
import type { SurveyMonkeyNpsQuestion } from "./surveyMonkeyNpsQuestion.js";
import { toMappedResponse } from "./toMappedResponse.js";
import type { WebhookMapping } from "./webhookMapping.js";

/** Options of {@link mapSurveyMonkeyResponse}. */
export interface SurveyMonkeyMappingOptions {
  /** The NPS question and its choices' positions, from `surveyMonkeyNpsQuestion` or written by hand. */
  readonly question: SurveyMonkeyNpsQuestion;
  /**
   * Id of an open-ended question whose text becomes `comment`.
   * @default the NPS question's own comment box (its "other" answer), if any
   */
  readonly commentQuestionId?: string;
  /** The event id of the delivery that asked for this response, passed through to the result. */
  readonly eventId?: string;
  /** Set as `source` on each response. @default "surveymonkey" */
  readonly source?: string;
}

const COUNTED = new Set(["completed", "partial"]);

type Answer = Readonly<Record<string, unknown>>;

/**
 * Maps a SurveyMonkey response (`GET /v3/surveys/{survey_id}/responses/{id}/details`) to one response.
 *
 * - `score` ← the NPS question's answer: its `choice_id` (and `row_id` for the matrix/rating question) looked
 *   up in `question.choicePositions`, score = position − 1. A response without an answer to the question is
 *   unanswered (`score: null`); a choice that is not one of the 11, or two choices, reject the response.
 * - `submittedAt` and `updatedAtMs` ← `date_modified` (else `date_created`), so a `response_updated` fetch
 *   replaces the earlier version in the store.
 * - `comment` ← `commentQuestionId`'s text, else the NPS question's comment box; `segments` ←
 *   `custom_variables`; `respondent` ← `email_address`, `first_name` + `last_name`.
 * - `response_status` `completed` and `partial` count (a partial response may well hold the NPS answer);
 *   `disqualified` and `overquota` are ignored with the reason.
 *
 * @example
 * mapSurveyMonkeyResponse(details, { question: surveyMonkeyNpsQuestion(surveyDetails) })
 * // { kind: "responses", responses: [{ response: { id: "114392581839", score: 9, … }, updatedAtMs: … }], rejected: [] }
 */
export function mapSurveyMonkeyResponse(
  details: unknown,
  options: SurveyMonkeyMappingOptions,
): WebhookMapping {
  const { question } = options;
  if (!isPlainObject(details)) return { kind: "rejected", reason: "response details must be a JSON object" };
  const status = details.response_status;
  if (status !== undefined && !COUNTED.has(status as string)) {
    return { kind: "ignored", reason: `response_status ${describeValue(status)} is not counted` };
  }
  if (
    question.surveyId !== undefined &&
    details.survey_id !== undefined &&
    String(details.survey_id) !== question.surveyId
  ) {
    return {
      kind: "rejected",
      reason: `the response belongs to survey ${describeValue(String(details.survey_id))}, the NPS question to survey ${describeValue(question.surveyId)}`,
    };
  }

  const answers = answersByQuestion(details);
  const npsAnswers = (answers.get(question.questionId) ?? []).filter(
    (answer) => answer.choice_id !== undefined,
  );
  let score: number | null = null;
  if (npsAnswers.length > 1) {
    return {
      kind: "rejected",
      reason: `the NPS question ${question.questionId} has ${npsAnswers.length} answers, expected one`,
    };
  }
  const [npsAnswer] = npsAnswers;
  if (npsAnswer !== undefined) {
    const choiceId = String(npsAnswer.choice_id);
    const position = Object.hasOwn(question.choicePositions, choiceId)
      ? question.choicePositions[choiceId]
      : undefined;
    if (position === undefined) {
      return {
        kind: "rejected",
        reason: `choice ${describeValue(choiceId)} is not one of the 11 choices of the NPS question ${question.questionId}`,
      };
    }
    score = position - 1;
  }

  const commentTexts =
    options.commentQuestionId === undefined
      ? (answers.get(question.questionId) ?? []).filter((answer) => answer.other_id !== undefined)
      : (answers.get(options.commentQuestionId) ?? []);
  const comment = commentTexts
    .map((answer) => (typeof answer.text === "string" ? answer.text.trim() : ""))
    .filter((text) => text !== "")
    .join("\n");

  const variables = isPlainObject(details.custom_variables) ? details.custom_variables : {};
  const segments = Object.fromEntries(
    Object.entries(variables).filter(([, value]) => typeof value === "string" && value !== ""),
  );
  const text = (value: unknown) => (typeof value === "string" ? value.trim() : "");
  const name = [text(details.first_name), text(details.last_name)].filter((part) => part !== "").join(" ");
  const email = text(details.email_address);
  const respondent = { ...(email === "" ? {} : { email }), ...(name === "" ? {} : { name }) };

  const modified = details.date_modified ?? details.date_created;
  const candidate = {
    id: typeof details.id === "number" ? String(details.id) : details.id,
    score,
    submittedAt: modified,
    ...(comment === "" ? {} : { comment }),
    ...(Object.keys(segments).length === 0 ? {} : { segments }),
    ...(Object.keys(respondent).length === 0 ? {} : { respondent }),
    source: options.source ?? "surveymonkey",
  };
  const mapped = toMappedResponse(candidate, Date.parse(typeof modified === "string" ? modified : ""), true);
  if (!mapped.ok) return { kind: "rejected", reason: mapped.reason };
  return {
    kind: "responses",
    ...(options.eventId === undefined ? {} : { eventId: options.eventId }),
    responses: [mapped.mapped],
    rejected: [],
  };
}

function answersByQuestion(details: Readonly<Record<string, unknown>>): Map<string, Answer[]> {
  const byQuestion = new Map<string, Answer[]>();
  const pages = Array.isArray(details.pages) ? details.pages.filter(isPlainObject) : [];
  for (const page of pages) {
    const questions = Array.isArray(page.questions) ? page.questions.filter(isPlainObject) : [];
    for (const question of questions) {
      const answers = Array.isArray(question.answers) ? question.answers.filter(isPlainObject) : [];
      const id = String(question.id);
      byQuestion.set(id, [...(byQuestion.get(id) ?? []), ...answers]);
    }
  }
  return byQuestion;
}
