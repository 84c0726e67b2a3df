#!/usr/bin/env node
// Writes the renderer's fixture ReportModels (test/fixtures/report-model.{en,ru}.json) from the example data
// set (examples/monthly-report/data/responses.ndjson), with @npskit/core's public statistics only, so the
// numbers in the fixtures are consistent with each other and with `npskit calc`. The renderer's tests use
// these until core's buildReportModel fixture exists; the selection of comments and the recommendations are
// stand-ins for what core and insights will produce. Run after building core: `pnpm make-fixtures`.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  Aggregator,
  cellsOf,
  compareNps,
  countsOf,
  displayNps,
  histogramAt,
  marginOfError,
  mergeHistograms,
  nps,
  npsInterval,
  parsePeriod,
  periodOf,
  previousPeriod,
  roundRatio,
  sharesOf,
  trend,
  validateResponse,
} from "@npskit/core";

const here = dirname(fileURLToPath(import.meta.url));
const dataFile = join(here, "../../../examples/monthly-report/data/responses.ndjson");
const outDir = join(here, "../test/fixtures");
const TIME_ZONE = "Europe/Moscow";
const PERIOD = "2026-10";
const DIMENSIONS = ["region", "plan", "channel"];
const METHOD = { method: "adjusted-wald", level: 0.95 };
const ROUNDING = { mode: "exact", decimals: 0 };

const aggregator = new Aggregator({ timeZone: TIME_ZONE, breakdowns: DIMENSIONS.map((d) => [d]) });
const quality = { read: 0, accepted: 0, unanswered: 0, rejected: 0, duplicates: 0, rejectedByReason: {} };
const responses = [];
for (const line of readFileSync(dataFile, "utf8").split("\n")) {
  if (line.trim() === "") continue;
  quality.read += 1;
  let record;
  try {
    record = JSON.parse(line);
  } catch {
    reject("not valid JSON");
    continue;
  }
  const result = validateResponse(record);
  if (!result.valid) {
    reject(`invalid ${result.issues[0]?.pointer ?? "record"}`);
    continue;
  }
  if (result.response.score === null) quality.unanswered += 1;
  else quality.accepted += 1;
  aggregator.add(result.response);
  responses.push(result.response);
}
function reject(reason) {
  quality.rejected += 1;
  quality.rejectedByReason[reason] = (quality.rejectedByReason[reason] ?? 0) + 1;
}

const aggregation = aggregator.result();
const period = parsePeriod(PERIOD, TIME_ZONE);
const before = previousPeriod(period);
const plain = (p) => ({ grain: p.grain, key: p.key, timeZone: p.timeZone, start: p.start, end: p.end });

function resultOf(histogram) {
  const counts = countsOf(histogram);
  const shares = sharesOf(histogram);
  const answered = counts.promoters + counts.passives + counts.detractors;
  const pct = (count) => roundRatio(count * 100, answered, ROUNDING.decimals);
  return {
    answered,
    unanswered: histogram.unanswered,
    ...counts,
    shares: shares && { ...shares },
    displayedShares:
      answered === 0
        ? null
        : {
            promoters: pct(counts.promoters),
            passives: pct(counts.passives),
            detractors: pct(counts.detractors),
          },
    nps: nps(histogram),
    displayed: displayNps(histogram, ROUNDING),
    interval: npsInterval(histogram, METHOD),
    marginOfError: marginOfError(histogram, METHOD),
  };
}
const comparison = (c) =>
  c === null
    ? null
    : {
        difference: c.difference,
        se: c.se,
        z: c.z,
        p: c.p,
        significant: c.significant,
        interval: c.interval,
      };

const current = histogramAt(aggregation, PERIOD);
const previous = histogramAt(aggregation, before.key);
const overall = resultOf(current);

const segments = DIMENSIONS.map((dimension) => {
  const cells = cellsOf(aggregation, PERIOD, [dimension]);
  const rows = cells
    .map((cell) => {
      const rest = {
        counts: current.counts.map((count, score) => count - cell.histogram.counts[score]),
        unanswered: current.unanswered - cell.histogram.unanswered,
      };
      const result = resultOf(cell.histogram);
      return {
        value: cell.segment[dimension] ?? null,
        result,
        differenceFromOverall: result.nps === null ? null : result.nps - overall.nps,
        versusRest: comparison(compareNps(rest, cell.histogram, METHOD)),
      };
    })
    .sort((a, b) => b.result.answered - a.result.answered || String(a.value).localeCompare(String(b.value)));
  return { dimension, rows };
});

function commentsFor(locale) {
  const inPeriod = responses.filter(
    (r) =>
      r.comment !== undefined &&
      r.score !== null &&
      periodOf(r.submittedAt, "month", TIME_ZONE).key === PERIOD,
  );
  const category = (score) => (score >= 9 ? "promoter" : score >= 7 ? "passive" : "detractor");
  const out = { total: { promoter: 0, passive: 0, detractor: 0 }, promoter: [], passive: [], detractor: [] };
  for (const r of inPeriod) out.total[category(r.score)] += 1;
  // Newest first, the report's language first, each text once: a stand-in for core's selection.
  const sorted = [...inPeriod].sort(
    (a, b) => (b.locale === locale) - (a.locale === locale) || b.submittedAt.localeCompare(a.submittedAt),
  );
  for (const r of sorted) {
    const list = out[category(r.score)];
    if (list.length >= 5 || list.some((c) => c.text === r.comment)) continue;
    list.push({
      id: r.id,
      score: r.score,
      text: r.comment,
      submittedAt: r.submittedAt,
      segments: { ...r.segments },
      locale: r.locale,
    });
  }
  return out;
}

const RECOMMENDATIONS = {
  en: [
    {
      id: "detractor-theme/export",
      rule: "npskit:detractor-themes",
      priority: 80,
      rationale: "Export problems come up in more detractor comments than any other theme.",
      references: ["/comments/detractor"],
      area: "product",
      title: "Make exports reliable before adding features",
      evidence: [
        "Crashes and lost work during export are the most frequent detractor theme this month",
        "Detractors who mention exports score 3.4 on average",
      ],
      actions: [
        "Fix the export crash reported in October and tell the customers who reported it",
        "Add an autosave before long exports",
      ],
    },
    {
      id: "lagging-segment/plan=Free",
      rule: "npskit:segment-gap",
      priority: 60,
      rationale: "Free is half of the answers and 8 points below everyone else.",
      references: ["/segments/1/rows/0"],
      area: "communication",
      title: "Explain the value of the Free plan's upgrade path",
      evidence: ["The Free plan, half of all answers, scores 8 points below the overall NPS"],
      actions: ["Review the onboarding e-mails for Free users", "Show a price comparison in the app"],
    },
    {
      id: "close-the-loop",
      rule: "npskit:closed-loop",
      priority: 40,
      rationale: "Detractors who agreed to be contacted are waiting for an answer.",
      references: ["/distribution"],
      area: "feedback",
      title: "Call back detractors who agreed to be contacted",
      evidence: ["Detractors this month left comments; most agreed to be contacted"],
      actions: ["Assign each detractor to an account owner within two working days"],
    },
  ],
  ru: [
    {
      id: "detractor-theme/export",
      rule: "npskit:detractor-themes",
      priority: 80,
      rationale: "Проблемы с выгрузкой упоминаются в комментариях критиков чаще других тем.",
      references: ["/comments/detractor"],
      area: "product",
      title: "Сначала сделать выгрузку надёжной, потом добавлять функции",
      evidence: [
        "Сбои и потеря данных при выгрузке — самая частая тема критиков в этом месяце",
        "Критики, упоминающие выгрузку, в среднем ставят 3,4 балла",
      ],
      actions: [
        "Исправить сбой выгрузки, о котором сообщили в октябре, и сообщить об этом клиентам",
        "Добавить автосохранение перед долгой выгрузкой",
      ],
    },
    {
      id: "lagging-segment/plan=Free",
      rule: "npskit:segment-gap",
      priority: 60,
      rationale: "Тариф Free — половина ответов, и его NPS на 8 пунктов ниже остальных.",
      references: ["/segments/1/rows/0"],
      area: "communication",
      title: "Объяснить ценность перехода с бесплатного тарифа",
      evidence: ["Тариф Free — половина всех ответов, и его NPS на 8 пунктов ниже общего"],
      actions: [
        "Пересмотреть приветственные письма для пользователей Free",
        "Показать сравнение тарифов в приложении",
      ],
    },
    {
      id: "close-the-loop",
      rule: "npskit:closed-loop",
      priority: 40,
      rationale: "Критики, согласившиеся на контакт, ждут ответа.",
      references: ["/distribution"],
      area: "feedback",
      title: "Перезвонить критикам, согласившимся на контакт",
      evidence: ["Большинство критиков этого месяца оставили комментарий и согласились на звонок"],
      actions: ["Назначить каждому критику ответственного менеджера в течение двух рабочих дней"],
    },
  ],
};

for (const locale of ["en", "ru"]) {
  const model = {
    schemaVersion: 1,
    generatedAt: "2026-11-02T09:00:00+03:00",
    locale,
    period: plain(period),
    previousPeriod: plain(before),
    scope: {},
    overall,
    previous: resultOf(previous),
    change: comparison(compareNps(previous, current, METHOD)),
    target: 30,
    distribution: { counts: [...current.counts], unanswered: current.unanswered },
    trend: trend(aggregation, { periods: 12, end: PERIOD, ...METHOD, comparison: METHOD.method }).map(
      (p) => ({
        period: plain(p.period),
        answered: p.answered,
        nps: p.nps,
        displayed:
          p.nps === null
            ? null
            : displayNps(mergeHistograms(histogramAt(aggregation, p.period.key)), ROUNDING),
        interval: p.interval,
        change: comparison(p.change),
      }),
    ),
    segments,
    comments: commentsFor(locale),
    recommendations: RECOMMENDATIONS[locale],
    dataQuality: {
      ...quality,
      sources: [{ source: "npskit:ndjson", ...quality }].map(({ rejectedByReason: _, ...s }) => s),
      quarantine: quality.rejected > 0 ? `nps-${PERIOD}.quarantine.ndjson` : null,
    },
    method: {
      grain: "month",
      timeZone: TIME_ZONE,
      interval: METHOD,
      comparison: METHOD.method,
      rounding: ROUNDING,
      duplicates: "keep-latest",
    },
  };
  writeFileSync(join(outDir, `report-model.${locale}.json`), `${JSON.stringify(model, null, 2)}\n`);
}

// A model whose every untrusted text is an attack: markup, script, Handlebars syntax, quotes, CSS and URLs.
// The renderer must show all of it as text. Built from the English model so everything else stays valid.
const HOSTILE = {
  img: "<img src=x onerror=\"fetch('http://127.0.0.1:9/img')\">",
  style: "</style><script>fetch('http://127.0.0.1:9/script')</script>",
  mustache: "{{constructor.constructor 'return process'}} {{{raw}}} {{> cover}}",
  quote: '" onmouseover="alert(1)" data-x=\'',
  css: "red;background-image:url(http://127.0.0.1:9/css)}</style><style>body{background:url(https://evil.example/)}",
  svg: "<svg onload=alert(1)><a href=javascript:alert(1)>x</a></svg>",
};
const en = JSON.parse(readFileSync(join(outDir, "report-model.en.json"), "utf8"));
const hostile = structuredClone(en);
hostile.scope = { "region<b>": HOSTILE.img };
hostile.segments[0].dimension = `region ${HOSTILE.style}`;
hostile.segments[0].rows[0].value = HOSTILE.img;
hostile.segments[0].rows[1].value = HOSTILE.css;
hostile.segments[1].rows[0].value = HOSTILE.mustache;
hostile.segments[1].rows[1].value = HOSTILE.quote;
hostile.comments.promoter[0].text = HOSTILE.img;
hostile.comments.promoter[1].text = HOSTILE.style;
hostile.comments.passive[0].text = HOSTILE.mustache;
hostile.comments.passive[1].text = HOSTILE.quote;
hostile.comments.detractor[0].text = HOSTILE.css;
hostile.comments.detractor[1].text = HOSTILE.svg;
hostile.comments.detractor[2].segments = { region: HOSTILE.style, [HOSTILE.quote]: HOSTILE.img };
hostile.comments.detractor[2].locale = HOSTILE.quote;
hostile.recommendations[0].title = HOSTILE.style;
hostile.recommendations[0].evidence = [HOSTILE.img, HOSTILE.mustache];
hostile.recommendations[0].actions = [HOSTILE.css];
hostile.recommendations[0].rule = HOSTILE.quote;
hostile.dataQuality.rejectedByReason = { [HOSTILE.img]: 2, [HOSTILE.css]: 2 };
hostile.dataQuality.sources[0].source = HOSTILE.svg;
hostile.dataQuality.quarantine = HOSTILE.style;
writeFileSync(join(outDir, "report-model.hostile.json"), `${JSON.stringify(hostile, null, 2)}\n`);

// A month nobody answered: every "no data" state of the template at once (no NPS, no change, no segments,
// no comments, no recommendations, gaps in the trend, nothing rejected).
const empty = structuredClone(JSON.parse(readFileSync(join(outDir, "report-model.ru.json"), "utf8")));
const nothing = {
  answered: 0,
  unanswered: 0,
  promoters: 0,
  passives: 0,
  detractors: 0,
  shares: null,
  displayedShares: null,
  nps: null,
  displayed: null,
  interval: null,
  marginOfError: null,
};
empty.overall = nothing;
empty.change = null;
empty.distribution = { counts: new Array(11).fill(0), unanswered: 0 };
empty.trend.at(-1).answered = 0;
Object.assign(empty.trend.at(-1), { nps: null, displayed: null, interval: null, change: null });
Object.assign(empty.trend[4], { answered: 0, nps: null, displayed: null, interval: null, change: null });
empty.trend[5].change = null;
empty.segments = [];
empty.comments = {
  total: { promoter: 0, passive: 0, detractor: 0 },
  promoter: [],
  passive: [],
  detractor: [],
};
empty.recommendations = [];
empty.dataQuality = {
  read: 0,
  accepted: 0,
  unanswered: 0,
  rejected: 0,
  duplicates: 0,
  rejectedByReason: {},
  sources: [],
  quarantine: null,
};
empty.target = null;
writeFileSync(join(outDir, "report-model.empty.json"), `${JSON.stringify(empty, null, 2)}\n`);
