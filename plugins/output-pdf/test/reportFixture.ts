import type { ReportModel, ReportResult } from "@npskit/core";

const result: ReportResult = {
  answered: 150,
  unanswered: 4,
  promoters: 80,
  passives: 30,
  detractors: 40,
  shares: { promoters: 80 / 150, passives: 30 / 150, detractors: 40 / 150 },
  displayedShares: { promoters: 53, passives: 20, detractors: 27 },
  nps: 26.666666666666668,
  displayed: 27,
  interval: { low: 13.1, high: 39.4, level: 0.95, method: "adjusted-wald" },
  marginOfError: 13.15,
};

/** A small but complete ReportModel (the compiler checks it against the schema's type). */
export function reportFixture(overrides: Partial<ReportModel> = {}): ReportModel {
  return {
    schemaVersion: 1,
    generatedAt: "2026-11-01T09:30:00Z",
    locale: "en",
    period: {
      grain: "month",
      key: "2026-10",
      timeZone: "Europe/Moscow",
      start: "2026-10-01T00:00:00+03:00",
      end: "2026-11-01T00:00:00+03:00",
    },
    previousPeriod: {
      grain: "month",
      key: "2026-09",
      timeZone: "Europe/Moscow",
      start: "2026-09-01T00:00:00+03:00",
      end: "2026-10-01T00:00:00+03:00",
    },
    scope: {},
    overall: result,
    previous: null,
    change: null,
    target: 30,
    distribution: { counts: [5, 3, 4, 6, 5, 7, 10, 12, 18, 40, 40], unanswered: 4 },
    trend: [],
    segments: [],
    comments: {
      total: { promoter: 1, passive: 0, detractor: 1 },
      promoter: [
        { id: "r1", score: 10, text: "Отлично! <b>&</b>", submittedAt: "2026-10-05T10:00:00Z", segments: {} },
      ],
      passive: [],
      detractor: [
        { id: "r2", score: 2, text: "Slow support", submittedAt: "2026-10-06T10:00:00Z", segments: {} },
      ],
    },
    recommendations: [],
    dataQuality: {
      read: 160,
      accepted: 150,
      unanswered: 4,
      rejected: 6,
      duplicates: 0,
      rejectedByReason: { "score out of range": 6 },
      sources: [
        { source: "npskit:csv", read: 160, accepted: 150, unanswered: 4, rejected: 6, duplicates: 0 },
      ],
      quarantine: "quarantine.ndjson",
    },
    method: {
      grain: "month",
      timeZone: "Europe/Moscow",
      interval: { method: "adjusted-wald", level: 0.95 },
      comparison: "adjusted-wald",
      rounding: { mode: "exact", decimals: 0 },
      duplicates: "keep-latest",
    },
    ...overrides,
  };
}

/** A stand-in for renderHtml: a small self-contained page with the figures and the report's language. */
export async function simpleHtml(report: ReportModel): Promise<string> {
  const scope = Object.values(report.scope).join(", ") || (report.locale === "ru" ? "все" : "everyone");
  return `<!doctype html><html lang="${report.locale}"><head><meta charset="utf-8">
<style>@page { size: A4; margin: 20mm; @bottom-center { content: "Page " counter(page) " of " counter(pages) } }
body { font-family: sans-serif }</style></head>
<body><h1>NPS ${report.period.key}</h1><p>Scope: ${scope}</p><p>NPS ${report.overall.displayed}</p></body></html>`;
}
