/**
 * One line of the helpdesk's satisfaction-survey export, as the helpdesk writes it (a Zendesk- or
 * Freshdesk-like "satisfaction ratings" export in JSON Lines). Every field may be missing or of the wrong type
 * in a real file, so the mapping reads them as `unknown` and checks what it uses.
 *
 * @example
 * {"ticket_id":48213,"rated_at":1790845200,"scale":"0-10","rating":10,"comment":"Решили за 10 минут",
 *  "requester":{"id":9001,"email":"olga@example.ru","name":"Ольга"},"tags":["channel:chat","vip"],
 *  "group":"Billing","consent":true,"locale":"ru"}
 */
export interface HelpdeskRating {
  /** The ticket that was rated. A customer may rate a ticket again: the latest rating counts. */
  readonly ticket_id?: unknown;
  /** When the rating was given: epoch seconds, or an ISO-8601 date-time with an offset. */
  readonly rated_at?: unknown;
  /** The survey's scale: "0-10" for the NPS question; "1-5" or "good-bad" for CSAT surveys. Missing means "0-10". */
  readonly scale?: unknown;
  /** The answer on `scale`; `null` when the customer opened the survey but skipped the question. */
  readonly rating?: unknown;
  /** The free-text answer; `null` or blank when none was given. */
  readonly comment?: unknown;
  /** Who rated: the ticket's requester. */
  readonly requester?: unknown;
  /** The ticket's tags. `key:value` tags (`channel:email`, `priority:high`) can become segments. */
  readonly tags?: unknown;
  /** The support team (group) that handled the ticket. */
  readonly group?: unknown;
  /** Whether the customer agreed to be contacted about the rating. */
  readonly consent?: unknown;
  /** The requester's language, as a BCP 47 tag ("ru", "en-US"). */
  readonly locale?: unknown;
}
