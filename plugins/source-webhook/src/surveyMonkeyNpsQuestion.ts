import { InputError } from "@npskit/core";
import { isPlainObject } from "./isPlainObject.js";

/** Where the NPS answer is in a SurveyMonkey survey, and what each of its choices scores. */
export interface SurveyMonkeyNpsQuestion {
  /** Id of the survey, when known: a response of another survey is then rejected. */
  readonly surveyId?: string;
  /** Id of the NPS question. */
  readonly questionId: string;
  /**
   * Each choice id of the NPS question → its 1-based position among the 11 choices (`Not at all likely - 0`
   * is 1, `Extremely likely - 10` is 11). A response's score is the chosen position − 1.
   */
  readonly choicePositions: Readonly<Record<string, number>>;
}

/** Options of {@link surveyMonkeyNpsQuestion}. */
export interface SurveyMonkeyNpsQuestionOptions {
  /** Id of the NPS question. @default the survey's only question with 11 choices */
  readonly questionId?: string;
}

interface Question {
  readonly id: string;
  readonly choices: readonly Readonly<Record<string, unknown>>[];
}

/**
 * Finds the NPS question in a survey's details (`GET /v3/surveys/{id}/details`, fetched once per survey) and
 * reads the position of each of its choices. The NPS question is the one named by `questionId`, else the
 * survey's only question with exactly 11 choices — SurveyMonkey's NPS question is `family: "matrix"`,
 * `subtype: "rating"` with one row; a hand-made `single_choice` with 11 answers works the same way.
 *
 * Positions are the choices' `position` fields, which must be 1…11 once each; when the details carry no
 * positions, the order of the `choices` array is used. Throws `InputError` (`NPSKIT_E_INPUT`) when no
 * question, or more than one, fits.
 *
 * @example
 * surveyMonkeyNpsQuestion(surveyDetails)
 * // { surveyId: "505420611", questionId: "667461858", choicePositions: { "4385172931": 1, …, "4385172941": 11 } }
 */
export function surveyMonkeyNpsQuestion(
  surveyDetails: unknown,
  options: SurveyMonkeyNpsQuestionOptions = {},
): SurveyMonkeyNpsQuestion {
  if (!isPlainObject(surveyDetails)) throw new InputError("survey details must be a JSON object");
  const surveyId = surveyDetails.id === undefined ? undefined : String(surveyDetails.id);
  const location = surveyId === undefined ? {} : { location: { recordId: surveyId } };
  const questions = questionsOf(surveyDetails);
  let question: Question | undefined;
  if (options.questionId !== undefined) {
    question = questions.find((candidate) => candidate.id === options.questionId);
    if (question === undefined) {
      throw new InputError(`survey ${surveyId ?? "(no id)"} has no question ${options.questionId}`, location);
    }
    if (question.choices.length !== 11) {
      throw new InputError(
        `question ${question.id} has ${question.choices.length} choices; an NPS question has 11 (0–10)`,
        location,
      );
    }
  } else {
    const candidates = questions.filter((candidate) => candidate.choices.length === 11);
    if (candidates.length !== 1) {
      throw new InputError(
        candidates.length === 0
          ? `survey ${surveyId ?? "(no id)"} has no question with 11 choices (0–10): name it with questionId`
          : `survey ${surveyId ?? "(no id)"} has ${candidates.length} questions with 11 choices (${candidates.map((c) => c.id).join(", ")}): choose one with questionId`,
        location,
      );
    }
    question = candidates[0] as Question;
  }
  const choicePositions = positionsOf(question, location);
  return { ...(surveyId === undefined ? {} : { surveyId }), questionId: question.id, choicePositions };
}

function questionsOf(survey: Readonly<Record<string, unknown>>): Question[] {
  const pages = Array.isArray(survey.pages) ? survey.pages.filter(isPlainObject) : [];
  return pages.flatMap((page) =>
    (Array.isArray(page.questions) ? page.questions.filter(isPlainObject) : []).map((question) => {
      const answers = isPlainObject(question.answers) ? question.answers : {};
      const choices = Array.isArray(answers.choices) ? answers.choices.filter(isPlainObject) : [];
      return { id: String(question.id), choices };
    }),
  );
}

function positionsOf(
  question: Question,
  location: { location?: { recordId: string } },
): Record<string, number> {
  const hasPositions = question.choices.every((choice) => choice.position !== undefined);
  const entries = question.choices.map((choice, index) => [
    String(choice.id),
    hasPositions ? choice.position : index + 1,
  ]);
  const positions = entries.map(([, position]) => position);
  const complete = Array.from({ length: 11 }, (_, index) => index + 1).every((position) =>
    positions.includes(position),
  );
  if (!complete) {
    throw new InputError(
      `the choices of question ${question.id} are not at positions 1–11 once each (got ${positions.join(", ")})`,
      location,
    );
  }
  return Object.fromEntries(entries);
}
