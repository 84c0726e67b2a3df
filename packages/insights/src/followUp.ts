import type { ReportFollowUp } from "@npskit/core";
import type { InsightData } from "./insightCollector.js";

/** Options of {@link followUp}. */
export interface FollowUpOptions {
  /** Put the contacts (names, e-mails) in the report; otherwise counts only. @default false */
  readonly names?: boolean;
}

/**
 * The close-the-loop block of the insights: how many detractors there were, how many agreed to be contacted,
 * since when the oldest of those has waited, and — only when the config asks for names — who they are,
 * oldest first. Personal data stay out of the report by default (DESIGN: PII kept out unless asked).
 *
 * @example
 * followUp(collector.dataFor("2026-10"))
 * // { detractors: 24, consenting: 11, oldest: "2026-10-02T07:13:00Z", contacts: [] }
 */
export function followUp(data: InsightData, options: FollowUpOptions = {}): ReportFollowUp {
  return {
    detractors: data.detractors,
    consenting: data.consenting,
    oldest: data.contacts[0]?.submittedAt ?? null,
    contacts: options.names === true ? data.contacts.map((contact) => ({ ...contact })) : [],
  };
}
