#!/usr/bin/env node
// Writes the example data set to stdout: 13 months of responses (October 2025 to October 2026) of a
// fictional analytics product, in npskit's response format (NDJSON). Deterministic: the same file every run.
// A few records are deliberately broken, to show that npskit accounts for every record.

let state = 20261031;
// mulberry32: a small, good-enough PRNG, so the data never change between runs or Node versions.
function random() {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (items) => items[Math.floor(random() * items.length)];
const weighted = (pairs) => {
  let r = random() * pairs.reduce((sum, [, w]) => sum + w, 0);
  for (const [value, w] of pairs) {
    r -= w;
    if (r < 0) return value;
  }
  return pairs.at(-1)[0];
};

const REGIONS = [
  ["Europe", 35, 0],
  ["North America", 30, 3],
  ["Russia & CIS", 20, -4],
  ["APAC", 15, 5],
];
const PLANS = [
  ["Free", 50, -6],
  ["Pro", 38, 4],
  ["Enterprise", 12, 9],
];
const CHANNELS = [
  ["in-app", 60],
  ["email", 40],
];
const COMMENTS = {
  en: {
    promoter: [
      "Reports are clear and the exports are fast",
      "Support answered in minutes, thank you!",
      "Setup took five minutes",
      "The new dashboard is exactly what we needed",
    ],
    passive: [
      "Good, but the mobile app is slow",
      "Pricing could be better",
      "Missing a Jira integration",
      "Does the job",
    ],
    detractor: [
      "Too expensive for what it does",
      "Support never replied to my ticket",
      "The export crashed twice and I lost my work",
      "Slow and the interface keeps changing",
      "Billing charged us twice",
    ],
  },
  ru: {
    promoter: [
      "Отчёты понятные, выгрузка быстрая",
      "Поддержка ответила за десять минут, спасибо!",
      "Всё работает стабильно",
    ],
    passive: [
      "Неплохо, но мобильное приложение тормозит",
      "Цена могла бы быть ниже",
      "Не хватает интеграции с 1С",
    ],
    detractor: [
      "Слишком дорого",
      "Поддержка не отвечает уже неделю",
      "Выгрузка падает, данные теряются",
      "Интерфейс постоянно меняется",
    ],
  },
};
const NAMES = {
  en: ["Anna Smith", "John Carter", "Maria Lopez", "Wei Chen", "Sam Taylor"],
  ru: ["Анна Иванова", "Дмитрий Петров", "Ольга Смирнова", "Игорь Кузнецов"],
};

function writeMonth(year, month, shift) {
  const volume = 180 + Math.floor(random() * 60);
  for (let i = 0; i < volume; i++) {
    const [region, , regionShift] = weighted(REGIONS.map((r) => [r, r[1]]));
    const [plan, , planShift] = weighted(PLANS.map((p) => [p, p[1]]));
    const channel = weighted(CHANNELS);
    const promoterShare = (44 + shift + regionShift + planShift) / 100;
    const detractorShare = Math.max(0.05, (24 - shift / 2 - regionShift / 2 - planShift / 2) / 100);
    const r = random();
    const category = r < promoterShare ? "promoter" : r < 1 - detractorShare ? "passive" : "detractor";
    const score =
      category === "promoter"
        ? weighted([
            [9, 45],
            [10, 55],
          ])
        : category === "passive"
          ? weighted([
              [7, 40],
              [8, 60],
            ])
          : weighted([
              [0, 4],
              [1, 2],
              [2, 3],
              [3, 6],
              [4, 10],
              [5, 25],
              [6, 50],
            ]);
    const day = 1 + Math.floor(random() * 28);
    const seconds = Math.floor(random() * 86400);
    const submittedAt = new Date(Date.UTC(year, month - 1, day, 0, 0, seconds))
      .toISOString()
      .replace(".000Z", "Z");
    const locale = region === "Russia & CIS" ? "ru" : "en";
    const response = {
      id: `r-${id++}`,
      score,
      submittedAt,
      segments: { region, plan, channel },
      locale,
      source: "example",
    };
    if (random() < 0.04) response.score = null; // skipped the question
    if (random() < (category === "detractor" ? 0.55 : 0.3))
      response.comment = pick(COMMENTS[locale][category]);
    response.drivers = {
      support: Math.min(5, Math.max(1, Math.round(score / 2.5 + (random() - 0.5) * 2))),
      price: Math.min(5, Math.max(1, Math.round(2 + score / 5 + (random() - 0.5) * 2))),
      speed: Math.min(5, Math.max(1, Math.round(1 + score / 3.3 + (random() - 0.5) * 2))),
    };
    if (random() < 0.5) {
      const name = pick(NAMES[locale]);
      response.respondent = {
        name,
        email: `${
          name
            .split(" ")[0]
            .toLowerCase()
            .replace(/[^a-z]/g, "") || "client"
        }.${id}@example.com`,
        consentToContact: random() < 0.6,
      };
    }
    lines.push(JSON.stringify(response));
  }
}

const lines = [];
let id = 1000;
for (let m = 0; m < 12; m++) {
  const year = 2025 + Math.floor((10 + m) / 12);
  const month = ((10 + m) % 12) + 1;
  // A support backlog in August 2026 pulls the score down; the fix in September brings it back.
  const shift = month === 8 && year === 2026 ? -14 : month === 9 && year === 2026 ? -5 : m * 0.6;
  writeMonth(year, month, shift);
}
// Broken records, as real exports have them: each must be rejected with its line number, not dropped.
lines.splice(101, 0, JSON.stringify({ id: "r-bad-1", score: 11, submittedAt: "2025-11-12T10:00:00Z" }));
lines.splice(702, 0, JSON.stringify({ id: "r-bad-2", score: 8, submittedAt: "2026-02-30T10:00:00Z" }));
lines.splice(1803, 0, JSON.stringify({ id: "r-bad-3", scroe: 9, submittedAt: "2026-06-03T08:15:00Z" }));
lines.splice(2300, 0, '{"id": "r-bad-4", "score": 7, "submittedAt": "2026-08-14T12:00:00Z"');
// October 2025, a year before the report month, for year-over-year comparisons. Written after the rest so
// that adding it left every earlier line (and the broken records' line numbers) as it was.
writeMonth(2025, 10, -1);
process.stdout.write(`${lines.join("\n")}\n`);
