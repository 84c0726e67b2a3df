// Test scenarios: hand-made responses turned into a real ReportModel by core's own pipeline (Aggregator,
// commentSampler, buildReportModel), plus this package's collector — never a hand-edited model.
import {
  Aggregator,
  buildReportModel,
  type CommentPool,
  commentSampler,
  type ReportModel,
  type RulePlugin,
  type SurveyResponse,
} from "@npskit/core";
import { analyseInsights, type InsightSettings } from "../analyseInsights.js";
import { type InsightData, insightCollector } from "../insightCollector.js";
import { recommend } from "../recommend.js";

/** A block of responses with one category mix, in one month and one segment. */
export interface Group {
  readonly month: string;
  readonly segments?: Readonly<Record<string, string>>;
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
  /** Ratings from the score (e.g. tied to it) or from the response's index (unrelated). */
  readonly drivers?: (score: number, index: number) => Record<string, number>;
  /** Every k-th detractor consents to be contacted. @default none */
  readonly consentEvery?: number;
  readonly comment?: (score: number, index: number) => string | undefined;
}

const PROMOTER = [9, 10];
const PASSIVE = [7, 8];
const DETRACTOR = [0, 3, 5, 6, 6, 4];

let counter = 0;

/** The responses of a group: scores cycle within each category, dates spread over days 1–28 at 09:00 UTC. */
export function group(spec: Group): SurveyResponse[] {
  const scores = [
    ...Array.from({ length: spec.promoters }, (_, i) => PROMOTER[i % PROMOTER.length]!),
    ...Array.from({ length: spec.passives }, (_, i) => PASSIVE[i % PASSIVE.length]!),
    ...Array.from({ length: spec.detractors }, (_, i) => DETRACTOR[i % DETRACTOR.length]!),
  ];
  let detractorIndex = 0;
  return scores.map((score, index) => {
    counter += 1;
    const day = String(1 + (index % 28)).padStart(2, "0");
    const consent =
      score <= 6 && spec.consentEvery !== undefined && detractorIndex++ % spec.consentEvery === 0;
    const comment = spec.comment?.(score, index);
    return {
      id: `s-${counter}`,
      score,
      submittedAt: `${spec.month}-${day}T09:${String(index % 60).padStart(2, "0")}:00Z`,
      segments: { ...(spec.segments ?? {}) },
      ...(spec.drivers === undefined ? {} : { drivers: spec.drivers(score, index) }),
      ...(comment === undefined ? {} : { comment }),
      ...(consent
        ? {
            respondent: {
              name: `Person ${counter}`,
              email: `p${counter}@example.com`,
              consentToContact: true,
            },
          }
        : {}),
    };
  });
}

/** What a scenario gives the tests. */
export interface Scenario {
  readonly model: ReportModel;
  readonly data: InsightData;
  readonly pool: CommentPool;
}

/** Builds the model of `period` from responses, with region/plan tables, as the CLI would. */
export function scenario(
  responses: readonly SurveyResponse[],
  options: { period: string; target?: number | null; dimensions?: readonly string[]; locale?: "en" | "ru" },
): Scenario {
  const timeZone = "UTC";
  const dimensions = options.dimensions ?? ["region"];
  const aggregator = new Aggregator({ timeZone, breakdowns: [[], ...dimensions.map((d) => [d])] });
  const sampler = commentSampler({ timeZone, poolSize: 2000 });
  const collector = insightCollector({ timeZone });
  for (const response of responses) {
    aggregator.add(response);
    sampler.add(response);
    collector.add(response);
  }
  const answered = responses.filter((response) => response.score !== null).length;
  const model = buildReportModel({
    aggregation: aggregator.result(),
    accounting: {
      read: responses.length,
      accepted: answered,
      unanswered: responses.length - answered,
      rejected: 0,
      duplicates: 0,
      rejectedByReason: {},
    },
    period: options.period,
    now: new Date("2026-11-05T10:00:00Z"),
    locale: options.locale ?? "en",
    analysis: { target: options.target ?? null },
    comments: sampler,
  });
  return { model, data: collector.dataFor(options.period), pool: sampler.pool(options.period) };
}

/** Four regions with one mix each, in each month: the null scenario when every mix is the same. */
export function regions(
  month: string,
  mix: { promoters: number; passives: number; detractors: number },
  overrides: Readonly<Record<string, { promoters: number; passives: number; detractors: number }>> = {},
  extra: Partial<Group> = {},
): SurveyResponse[] {
  return ["APAC", "Europe", "North America", "Russia & CIS"].flatMap((region) =>
    group({ ...extra, month, segments: { region }, ...(overrides[region] ?? mix) }),
  );
}

const EVEN = { promoters: 75, passives: 45, detractors: 30 };

/** Ratings unrelated to the score: they cycle with the response's index. */
export const unrelatedDrivers = (_score: number, index: number) => ({
  support: 1 + (index % 5),
  price: 1 + ((index * 3) % 5),
});

/** Support tied to the score and rated lowest; speed and price high and unrelated. */
export const supportDrives = (score: number, index: number) => ({
  support: score >= 9 ? 4 : score >= 7 ? 3 : 2,
  speed: 3 + (index % 3),
  price: 4 + (index % 2),
});

const priceComment = (score: number, index: number) =>
  score <= 6
    ? index % 2 === 0
      ? "Too expensive, the price went up again"
      : "Price is too high for what we get"
    : score >= 9
      ? "Great support team, fast answers"
      : undefined;

/** The null scenario: two months, four regions, the same mix everywhere, unrelated drivers, no consent. */
export function uniformScenario(options: { target?: number | null } = {}): Scenario {
  return scenario(
    [
      ...regions("2026-09", EVEN, {}, { drivers: unrelatedDrivers }),
      ...regions("2026-10", EVEN, {}, { drivers: unrelatedDrivers }),
    ],
    { period: "2026-10", ...options },
  );
}

/** An injected drop in Europe (NPS 30 → −30) whose detractors mention price; support drives the score. */
export function dropScenario(options: { target?: number | null; locale?: "en" | "ru" } = {}): Scenario {
  const extra = { drivers: supportDrives, comment: priceComment, consentEvery: 5 };
  return scenario(
    [
      ...regions("2026-09", EVEN, {}, extra),
      ...regions("2026-10", EVEN, { Europe: { promoters: 30, passives: 45, detractors: 75 } }, extra),
    ],
    { period: "2026-10", ...options },
  );
}

/** A scenario's model with its insights, as the pipeline would pass it to the rules. */
export function analysed({ model, data, pool }: Scenario, settings: InsightSettings = {}): ReportModel {
  return analyseInsights(model, { data, comments: pool, settings });
}

/** Runs one rule through `recommend` (so its output is schema-checked) and returns what it added. */
export function run(rule: RulePlugin, model: ReportModel) {
  return recommend(model, { rules: [rule] }).recommendations;
}
