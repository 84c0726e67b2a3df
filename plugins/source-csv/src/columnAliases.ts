/** Response fields a CSV column can be mapped to. */
export type MappedField =
  | "id"
  | "submittedAt"
  | "score"
  | "comment"
  | "locale"
  | "email"
  | "name"
  | "externalId"
  | "consentToContact";

/** Every {@link MappedField}, in the order columns are looked for: the required ones first. */
export const MAPPED_FIELDS: readonly MappedField[] = [
  "score",
  "submittedAt",
  "id",
  "comment",
  "email",
  "name",
  "externalId",
  "consentToContact",
  "locale",
];

/**
 * Header names recognised for each field, in order of preference, written in normalised form (see
 * {@link normalizeHeader}): "Submitted At", "submitted_at" and "SUBMITTED-AT" all match "submittedat".
 * English names from common survey tools and exports, and the Russian ones of hand-made Excel sheets.
 */
export const COLUMN_ALIASES: Readonly<Record<MappedField, readonly string[]>> = {
  id: [
    "id",
    "responseid",
    "respondentid",
    "uuid",
    "recordid",
    "submissionid",
    "answerid",
    "surveyresponseid",
    "№",
    "номер",
  ],
  submittedAt: [
    "submittedat",
    "submitted",
    "submissiondate",
    "datesubmitted",
    "responsedate",
    "date",
    "timestamp",
    "createdat",
    "created",
    "datetime",
    "time",
    "completedat",
    "respondedat",
    "answeredat",
    "enddate",
    "дата",
    "датаответа",
    "датаивремя",
    "время",
  ],
  score: [
    "score",
    "nps",
    "npsscore",
    "rating",
    "likelihood",
    "likelihoodtorecommend",
    "recommend",
    "ltr",
    "оценка",
    "оценкаnps",
    "балл",
  ],
  comment: [
    "comment",
    "comments",
    "feedback",
    "reason",
    "verbatim",
    "why",
    "commenttext",
    "комментарий",
    "отзыв",
    "причина",
  ],
  locale: ["locale", "language", "lang", "язык"],
  email: ["email", "emailaddress", "mail", "почта"],
  name: ["name", "fullname", "respondentname", "customername", "имя", "фио"],
  externalId: ["externalid", "customerid", "userid", "accountid", "contactid", "clientid"],
  consentToContact: [
    "consenttocontact",
    "consent",
    "maycontact",
    "cancontact",
    "contactok",
    "согласие",
    "согласиенасвязь",
  ],
};

/** For a score column named after the question ("How likely are you to recommend us?"). */
export const SCORE_QUESTION_WORDS: readonly string[] = ["recommend", "рекоменд"];

/**
 * The form header names are compared in: lower case, letters and digits only (spaces, underscores, hyphens
 * and punctuation go; "№" stays), without a note in parentheses ("Score (0-10)").
 *
 * @example
 * normalizeHeader(" Submitted_At ") // "submittedat"
 * normalizeHeader("E-mail")         // "email"
 * normalizeHeader("Оценка (0–10)")  // "оценка"
 * normalizeHeader("Why?")           // "why"
 */
export function normalizeHeader(name: string): string {
  return name
    .toLowerCase()
    .replace(/\([^)]*\)/g, "")
    .replace(/[^\p{L}\p{N}№]+/gu, "");
}
