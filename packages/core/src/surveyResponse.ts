// Types of SurveyResponse.
// Generated from schema/response.schema.json by scripts/generateSchemaModules.ts (pnpm generate). Do not edit.

/**
 * One answer to the question "How likely is it that you would recommend us to a friend or colleague?", with its context. Unknown top-level keys are rejected so that a typo ("scroe") fails loudly instead of losing data.
 */
export interface SurveyResponse {
  /**
   * Identifier of the response, unique within its source. Duplicates are resolved by the ingest pipeline.
   */
  id: string;
  /**
   * The 0-10 answer: 9-10 promoter, 7-8 passive, 0-6 detractor. null when the respondent skipped the question (unanswered: counted, never in the NPS denominator).
   */
  score: number | null;
  /**
   * When the response was submitted: an RFC 3339 date-time with a time zone offset (Z or +hh:mm).
   */
  submittedAt: string;
  /**
   * Free-text answer to the follow-up question. Untrusted text: always escaped when shown.
   */
  comment?: string;
  /**
   * Named string dimensions the response belongs to (region, plan, channel...), used to compare groups.
   */
  segments?: {
    [k: string]: string;
  };
  /**
   * Ratings of attributes (support, price, speed...) on any numeric scale, for key-driver analysis. null means the attribute was not rated.
   */
  drivers?: {
    [k: string]: number | null;
  };
  respondent?: Respondent;
  /**
   * Name of the source plugin or system the response came from.
   */
  source?: string;
  /**
   * Language of the response as a BCP 47 tag.
   */
  locale?: string;
  /**
   * Free-form data carried along for the user's own plugins; npskit does not read it.
   */
  meta?: {
    [k: string]: unknown;
  };
}
/**
 * Who answered. Personal data: kept out of reports unless the report configuration asks for it.
 */
export interface Respondent {
  /**
   * E-mail address.
   */
  email?: string;
  /**
   * Display name.
   */
  name?: string;
  /**
   * The respondent's id in the user's own system (CRM contact id, account id...).
   */
  externalId?: string;
  /**
   * Whether the respondent agreed to be contacted about their answer (closing the loop).
   */
  consentToContact?: boolean;
}
