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
 * One recommendation: what to do, in which area, and the numbers behind it. Produced by the insights rules.
 */
export interface ReportRecommendation {
  /**
   * Namespaced name of the rule that produced it.
   */
  rule: string;
  area: "feedback" | "product" | "communication" | "training" | "goals";
  title: string;
  evidence: string[];
  actions: string[];
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
