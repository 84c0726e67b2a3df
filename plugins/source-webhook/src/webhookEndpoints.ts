import type { TypeformMappingOptions } from "./mapTypeformPayload.js";
import type { SurveyMonkeyNpsQuestion } from "./surveyMonkeyNpsQuestion.js";

/**
 * Which endpoints the receiver serves, and their secrets. An endpoint left out is not served (404): a
 * receiver never accepts unsigned deliveries.
 */
export interface WebhookEndpoints {
  /** `POST /webhooks/generic`: npskit responses (one, or `{"responses": [...]}`), `Authorization: Bearer`. */
  readonly generic?: { readonly token: string; readonly source?: string };
  /** `POST /webhooks/standard`: npskit responses signed per Standard Webhooks (`whsec_…` secret). */
  readonly standard?: {
    readonly secret: string;
    readonly source?: string;
    /** Seconds the `webhook-timestamp` may be off, either way. @default 300 */
    readonly toleranceSeconds?: number;
  };
  /** `POST /webhooks/typeform`: Typeform `form_response` events. */
  readonly typeform?: TypeformMappingOptions & { readonly secret: string };
  /** `POST /webhooks/surveymonkey`: SurveyMonkey events; each response is fetched from the API. */
  readonly surveymonkey?: {
    /** API key (public app) or client id (private app): the first half of the signing key. */
    readonly apiKey: string;
    /** API secret: the second half of the signing key. */
    readonly apiSecret: string;
    /** Access token for the API fetches. */
    readonly token: string;
    /** API base URL. @default "https://api.surveymonkey.com" */
    readonly apiBase?: string;
    /** The NPS question, when known; otherwise read from each survey's details (once per survey). */
    readonly question?: SurveyMonkeyNpsQuestion;
    /** Id of the NPS question, when a survey has more than one 11-choice question. */
    readonly questionId?: string;
    /** Id of an open-ended question whose text becomes `comment`. */
    readonly commentQuestionId?: string;
    readonly source?: string;
  };
  /** `POST /webhooks/delighted`: Delighted-style `survey_response.created/updated` events. */
  readonly delighted?: { readonly apiKey: string; readonly source?: string };
}
