// Types of ReportModel.
// Generated from schema/report.schema.json by scripts/generateSchemaModules.ts (pnpm generate). Do not edit.

/**
 * Everything a report shows, computed by the analysis: the contract between analysis and rendering. Templates only read it; the CLI, CI and the notebook build the same document, so they never disagree. NPS values are in points (-100..100), exact unless a property says 'displayed'; shares are fractions (0..1).
 */
export interface ReportModel {
  /**
   * Version of this schema; a breaking change increments it.
   */
  schemaVersion: 1;
  /**
   * When the report was built (the CLI's --now), RFC 3339.
   */
  generatedAt: string;
  /**
   * Language of the report.
   */
  locale: "en" | "ru";
  period: ReportPeriod;
  previousPeriod: ReportPeriod;
  /**
   * The group the report is about: {} for everyone, or one segment value per dimension (a report split by region).
   */
  scope: {
    [k: string]: string;
  };
  overall: ReportResult;
  /**
   * The previous period's result, for comparison; null when that period had no answered responses.
   */
  previous: ReportResult | null;
  /**
   * Change from the previous period (this - previous) with its z-test; null when either period has no answers.
   */
  change: ReportComparison | null;
  /**
   * Target NPS from the configuration, or null.
   */
  target: number | null;
  distribution: ReportHistogram;
  /**
   * Consecutive periods ending with `period`, oldest first; periods without answers are kept with nps null.
   */
  trend: ReportTrendPoint[];
  /**
   * One table per segment dimension, for the report period.
   */
  segments: ReportSegmentTable[];
  comments: ReportComments;
  /**
   * Improvement recommendations, most impactful first. An empty list is valid.
   */
  recommendations: ReportRecommendation[];
  insights?: ReportInsights;
  dataQuality: ReportDataQuality;
  method: ReportMethod;
}
/**
 * A calendar period in a time zone: [start, end).
 */
export interface ReportPeriod {
  grain: "month" | "week" | "quarter" | "year";
  key: string;
  timeZone: string;
  start: string;
  end: string;
}
/**
 * NPS of a group of responses.
 */
export interface ReportResult {
  /**
   * Answered responses: the NPS denominator.
   */
  answered: number;
  /**
   * Responses without a score.
   */
  unanswered: number;
  promoters: number;
  passives: number;
  detractors: number;
  shares: ReportShares | null;
  /**
   * Category percentages as displayed (0..100), rounded half away from zero to the configured decimals; null when nothing was answered.
   */
  displayedShares: ReportShares | null;
  /**
   * Exact NPS; null when nothing was answered.
   */
  nps: number | null;
  /**
   * NPS as displayed, by the rounding rule in `method`.
   */
  displayed: number | null;
  interval: ReportInterval | null;
  /**
   * Half the interval width, in points.
   */
  marginOfError: number | null;
}
/**
 * Category shares of the answered responses (0..1).
 */
export interface ReportShares {
  promoters: number;
  passives: number;
  detractors: number;
}
/**
 * A confidence interval in NPS points.
 */
export interface ReportInterval {
  low: number;
  high: number;
  level: number;
  method: "adjusted-wald" | "wald" | "score";
}
/**
 * A difference between two independent NPS values with its z-test.
 */
export interface ReportComparison {
  /**
   * Exact difference in points.
   */
  difference: number;
  se: number;
  /**
   * Test statistic; null when infinite (both groups without variance).
   */
  z: number | null;
  p: number;
  significant: boolean;
  interval: {
    low: number;
    high: number;
    level: number;
    method: "adjusted-wald" | "wald";
  };
}
/**
 * Responses per score 0..10 in the report period, plus the unanswered.
 */
export interface ReportHistogram {
  /**
   * @minItems 11
   * @maxItems 11
   */
  counts: [number, number, number, number, number, number, number, number, number, number, number];
  unanswered: number;
}
export interface ReportTrendPoint {
  period: ReportPeriod;
  answered: number;
  nps: number | null;
  displayed: number | null;
  interval: ReportInterval | null;
  /**
   * Change from the period before, with its test; null for the first point or without answers.
   */
  change: ReportComparison | null;
}
export interface ReportSegmentTable {
  /**
   * Segment dimension, e.g. region.
   */
  dimension: string;
  /**
   * One row per value, largest group first; the value null collects responses without one.
   */
  rows: ReportSegmentRow[];
}
export interface ReportSegmentRow {
  value: string | null;
  result: ReportResult;
  /**
   * This group's NPS minus the overall NPS, exact; null without answers.
   */
  differenceFromOverall: number | null;
  /**
   * This group compared with everyone else (independent groups, so the test is valid); null when either side has no answers.
   */
  versusRest: ReportComparison | null;
  /**
   * The same group in the previous period (the model's previousPeriod, same scope): its answered count and exact NPS, for a period-over-period decomposition by segment; null when the group had no answered response then. Absent in models built before it existed.
   */
  previous?: ReportSegmentPrevious | null;
}
export interface ReportSegmentPrevious {
  answered: number;
  /**
   * Exact NPS of the group in the previous period; null without answers.
   */
  nps: number | null;
}
/**
 * Selected comments of the report period by category, and how many there were in all.
 */
export interface ReportComments {
  /**
   * Comments in the period by category (all of them, not only the selected).
   */
  total: {
    promoter: number;
    passive: number;
    detractor: number;
  };
  promoter: ReportComment[];
  passive: ReportComment[];
  detractor: ReportComment[];
}
/**
 * A verbatim comment. Untrusted text: templates must escape it.
 */
export interface ReportComment {
  id: string;
  score: number;
  text: string;
  submittedAt: string;
  segments: {
    [k: string]: string;
  };
  locale?: string;
}
/**
 * One recommendation: what to do, in which area, why (with the figures) and how. Produced by an insights rule; every string is in the report's locale.
 */
export interface ReportRecommendation {
  /**
   * Stable id within the report: the rule's short name and its subject, e.g. "lagging-segment/region=APAC".
   */
  id: string;
  /**
   * Namespaced name of the rule that produced it, e.g. "npskit:lagging-segments".
   */
  rule: string;
  /**
   * Area of improvement: collect and analyse feedback, improve the product or service, communicate with customers, train staff, set goals and track them.
   */
  area: "feedback" | "product" | "communication" | "training" | "goals";
  /**
   * Expected impact from 0 to 100; the list is sorted by it, highest first.
   */
  priority: number;
  /**
   * What to do, in one line.
   */
  title: string;
  /**
   * Why, with the figures from the data; names the segment, theme or driver it is about.
   */
  rationale: string;
  subject?: RecommendationSubject;
  /**
   * Facts behind it, one line each, with their numbers.
   */
  evidence: string[];
  /**
   * JSON pointers (RFC 6901) into this ReportModel to the figures the recommendation rests on, e.g. "/segments/0/rows/3".
   */
  references: string[];
  /**
   * Concrete next steps, two to four.
   */
  actions: string[];
}
/**
 * What a recommendation is about.
 */
export interface RecommendationSubject {
  kind: "overall" | "segment" | "theme" | "driver" | "respondents" | "goal" | "benchmark";
  /**
   * Segment dimension, for a segment.
   */
  dimension?: string;
  /**
   * Segment value, for a segment.
   */
  value?: string;
  /**
   * Theme id or driver name.
   */
  name?: string;
}
/**
 * The analysis behind the recommendations (@npskit/insights); absent when the report was built without it.
 */
export interface ReportInsights {
  themes: ReportTheme[];
  distinctiveTerms: DistinctiveTerm[];
  drivers: ReportDriver[];
  followUp: ReportFollowUp | null;
  goal: ReportGoal | null;
  benchmark: ReportBenchmark | null;
}
/**
 * A theme of the period's comments: how often detractors and promoters mention it, with example quotes.
 */
export interface ReportTheme {
  /**
   * Theme id from the lexicon (price, support…) or "term:<stem>" for a data-driven one.
   */
  id: string;
  /**
   * Name of the theme in the report's language.
   */
  label: string;
  area: "feedback" | "product" | "communication" | "training" | "goals";
  detractors: ThemeShare;
  passives: ThemeShare;
  promoters: ThemeShare;
  /**
   * Words of the comments that matched, most frequent first.
   */
  terms: string[];
  /**
   * Example comments (PII masked), detractors' first.
   */
  quotes: ReportComment[];
}
/**
 * How often a theme comes up in one category's comments.
 */
export interface ThemeShare {
  /**
   * Comments of the category that mention the theme.
   */
  mentions: number;
  /**
   * Comments of the category analysed.
   */
  comments: number;
  /**
   * mentions / comments, 0..1; null without comments.
   */
  share: number | null;
}
/**
 * A word that separates detractor from promoter comments (weighted log-odds with an informative prior, Monroe et al. 2008).
 */
export interface DistinctiveTerm {
  term: string;
  detractorCount: number;
  promoterCount: number;
  /**
   * z-score of the log-odds ratio: positive leans detractor, negative promoter.
   */
  z: number;
}
/**
 * An attribute rating (a response's `drivers`) and how strongly it goes with the score.
 */
export interface ReportDriver {
  name: string;
  /**
   * Answered responses that rated it.
   */
  n: number;
  mean: number | null;
  /**
   * Lowest rating seen.
   */
  min: number | null;
  /**
   * Highest rating seen.
   */
  max: number | null;
  /**
   * Pearson correlation with the 0–10 score; null when it cannot be computed.
   */
  correlation: number | null;
  /**
   * Share of the explained relationship, 0..1 (relative importance); null when unknown.
   */
  importance: number | null;
  /**
   * 1 for the most important.
   */
  rank: number;
}
/**
 * Detractors to call back (close the loop). Names only when the config asks for them.
 */
export interface ReportFollowUp {
  detractors: number;
  /**
   * Detractors who consented to be contacted.
   */
  consenting: number;
  /**
   * When the oldest consenting detractor answered.
   */
  oldest: string | null;
  /**
   * The consenting detractors, oldest first; empty unless names are enabled.
   */
  contacts: {
    id: string;
    score: number;
    submittedAt: string;
    name?: string;
    email?: string;
    externalId?: string;
  }[];
}
/**
 * Progress toward the target NPS by a date.
 */
export interface ReportGoal {
  target: number;
  /**
   * Date the target is due (YYYY-MM-DD).
   */
  date: string;
  /**
   * Periods from the report period to the one holding the date.
   */
  periodsLeft: number;
  /**
   * target − NPS of the report period, in points; null without answers.
   */
  gapNow: number | null;
  gainNeededPerPeriod: number | null;
  /**
   * Trend slope over the recent periods (least squares), points per period.
   */
  recentGainPerPeriod: number | null;
  onTrack: boolean | null;
}
/**
 * An external benchmark the config names, and where the NPS stands against it. npskit ships no benchmark numbers.
 */
export interface ReportBenchmark {
  /**
   * Industry or peer group.
   */
  name: string;
  /**
   * Who published it.
   */
  source: string;
  year: number;
  /**
   * True when the file is marked as an example, not real figures.
   */
  example: boolean;
  mean?: number | null;
  quartiles?: {
    q1: number;
    median: number;
    q3: number;
  } | null;
  /**
   * Where the NPS stands, given its interval.
   */
  position: "below" | "within" | "above" | "unknown";
}
/**
 * What happened to every input record (all periods): read = accepted + unanswered + rejected + duplicates.
 */
export interface ReportDataQuality {
  read: number;
  accepted: number;
  unanswered: number;
  rejected: number;
  duplicates: number;
  rejectedByReason: {
    [k: string]: number;
  };
  sources: {
    source: string;
    read: number;
    accepted: number;
    unanswered: number;
    rejected: number;
    duplicates: number;
  }[];
  /**
   * File name of the quarantine file, or null when nothing was rejected.
   */
  quarantine: string | null;
}
/**
 * How the numbers were computed, for the methodology appendix.
 */
export interface ReportMethod {
  grain: "month" | "week" | "quarter" | "year";
  timeZone: string;
  interval: {
    method: "adjusted-wald" | "wald" | "score";
    level: number;
  };
  comparison: "adjusted-wald" | "wald";
  rounding: {
    mode: "exact" | "percentages-first";
    decimals: number;
  };
  duplicates: "keep-latest" | "keep-first" | "keep-all";
}
