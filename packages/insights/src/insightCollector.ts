import {
  createPeriodResolver,
  type ErrorLocation,
  InvalidArgumentError,
  type PeriodGrain,
  parsePeriod,
  type ReportFollowUp,
  resolveTimeZone,
  type SurveyResponse,
} from "@npskit/core";
import { addDriverRating, type DriverSums, emptyDriverSums } from "./driverSums.js";

/** A consenting detractor to call back: what the follow-up list holds. Personal data. */
export type FollowUpContact = ReportFollowUp["contacts"][number];

/** Options of {@link insightCollector}. */
export interface InsightCollectorOptions {
  /** IANA time zone of the periods: the one `ingest` aggregates in. @default "UTC" */
  readonly timeZone?: string;
  /** Period grain: the one `ingest` aggregates by. @default "month" */
  readonly grain?: PeriodGrain;
  /** Only responses with these segment values: the report's scope. @default {} */
  readonly scope?: Readonly<Record<string, string>>;
  /** Consenting detractors kept per period, the oldest; the others are only counted. @default 10000 */
  readonly maxContacts?: number;
}

/** What {@link insightCollector} gathered for one period. */
export interface InsightData {
  /** Responses with a score. */
  readonly answered: number;
  /** Rating sums per driver name, sorted by name. */
  readonly drivers: readonly DriverSums[];
  /** Responses scored 0–6. */
  readonly detractors: number;
  /** Detractors with `respondent.consentToContact === true`. */
  readonly consenting: number;
  /** The oldest consenting detractors, oldest first, at most `maxContacts`. */
  readonly contacts: readonly FollowUpContact[];
  /** Consenting detractors counted but not kept (over `maxContacts`). */
  readonly omitted: number;
}

/** Per-period driver statistics and follow-up contacts; see {@link insightCollector}. */
export interface InsightCollector {
  readonly timeZone: string;
  readonly grain: PeriodGrain;
  readonly scope: Readonly<Record<string, string>>;
  /** Offers a validated response; shaped like `ingest`'s `onResponse`, so it can be chained with others. */
  readonly add: (response: SurveyResponse, location?: ErrorLocation) => void;
  /** The data of one period ("2026-10"); empty when nothing was offered for it. */
  dataFor(period: string): InsightData;
}

interface PeriodState {
  answered: number;
  detractors: number;
  consenting: number;
  omitted: number;
  readonly drivers: Map<string, DriverSums>;
  /** Sorted oldest first, by time then id. */
  readonly contacts: { readonly millis: number; readonly contact: FollowUpContact }[];
}

/**
 * Gathers, while `ingest` streams, what the insights need beyond the histograms, per period: sums of each
 * attribute rating against the score (for key-driver analysis), and the detractors — counted, and the
 * consenting ones (`respondent.consentToContact === true`) kept with their contact details for closing the
 * loop. Memory is bounded: a constant per driver, and at most `maxContacts` contacts per period (the oldest,
 * who have waited longest; later ones are counted in `omitted`).
 *
 * Like the comment sampler it sees every valid response before `ingest` resolves duplicate ids, so a
 * superseded response may be counted too (at most `dataQuality.duplicates` of them).
 *
 * @example
 * const collector = insightCollector({ timeZone: "Europe/Moscow" });
 * await ingest({ sources, timeZone: "Europe/Moscow", onResponse: (r, at) => { sampler.add(r, at); collector.add(r, at); } });
 * collector.dataFor("2026-10").consenting // detractors who agreed to be called back
 */
export function insightCollector(options: InsightCollectorOptions = {}): InsightCollector {
  const timeZone = resolveTimeZone(options.timeZone ?? "UTC");
  const grain = options.grain ?? "month";
  const periodAt = createPeriodResolver(grain, timeZone);
  const scope = Object.freeze({ ...(options.scope ?? {}) });
  const maxContacts = options.maxContacts ?? 10_000;
  if (!Number.isSafeInteger(maxContacts) || maxContacts < 0) {
    throw new InvalidArgumentError(
      `maxContacts must be a whole number of at least 0 (got ${String(maxContacts)})`,
    );
  }
  const periods = new Map<string, PeriodState>();

  const add = (response: SurveyResponse): void => {
    const { score } = response;
    if (score === null) return;
    for (const [dimension, value] of Object.entries(scope)) {
      if (response.segments?.[dimension] !== value) return;
    }
    const millis = Date.parse(response.submittedAt);
    if (Number.isNaN(millis)) {
      throw new InvalidArgumentError(
        `response ${JSON.stringify(response.id)} has an unreadable submittedAt ${JSON.stringify(response.submittedAt)}`,
      );
    }
    const key = periodAt(millis).key;
    let state = periods.get(key);
    if (state === undefined) {
      state = { answered: 0, detractors: 0, consenting: 0, omitted: 0, drivers: new Map(), contacts: [] };
      periods.set(key, state);
    }
    state.answered += 1;
    for (const [name, rating] of Object.entries(response.drivers ?? {})) {
      // null means "not rated"; a rating that is not a finite number cannot enter a correlation.
      if (typeof rating !== "number" || !Number.isFinite(rating)) continue;
      let sums = state.drivers.get(name);
      if (sums === undefined) {
        sums = emptyDriverSums(name);
        state.drivers.set(name, sums);
      }
      addDriverRating(sums, rating, score);
    }
    if (score > 6) return;
    state.detractors += 1;
    if (response.respondent?.consentToContact !== true) return;
    state.consenting += 1;
    keepContact(state, millis, contactOf(response, score), maxContacts);
  };

  return {
    timeZone,
    grain,
    scope,
    add,
    dataFor(key) {
      const period = parsePeriod(key, timeZone);
      if (period.grain !== grain) {
        throw new InvalidArgumentError(`period ${period.key} is a ${period.grain}, but data are by ${grain}`);
      }
      const state = periods.get(period.key);
      if (state === undefined) {
        return { answered: 0, drivers: [], detractors: 0, consenting: 0, contacts: [], omitted: 0 };
      }
      return {
        answered: state.answered,
        drivers: [...state.drivers.values()]
          .map((sums) => ({ ...sums }))
          .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
        detractors: state.detractors,
        consenting: state.consenting,
        contacts: state.contacts.map(({ contact }) => ({ ...contact })),
        omitted: state.omitted,
      };
    },
  };
}

/** Inserts in time order and keeps the oldest `limit`: those who have waited longest come first. */
function keepContact(state: PeriodState, millis: number, contact: FollowUpContact, limit: number): void {
  const list = state.contacts;
  const before = (a: { millis: number; contact: FollowUpContact }) =>
    a.millis < millis || (a.millis === millis && a.contact.id <= contact.id);
  const last = list.at(-1);
  if (list.length >= limit && (last === undefined || before(last))) {
    state.omitted += 1;
    return;
  }
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(list[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, { millis, contact });
  if (list.length > limit) {
    list.pop();
    state.omitted += 1;
  }
}

/** Only the fields a call-back needs: no comment, no segments, nothing else personal. */
function contactOf(response: SurveyResponse, score: number): FollowUpContact {
  const { name, email, externalId } = response.respondent ?? {};
  return {
    id: response.id,
    score,
    submittedAt: response.submittedAt,
    ...(name === undefined ? {} : { name }),
    ...(email === undefined ? {} : { email }),
    ...(externalId === undefined ? {} : { externalId }),
  };
}
