import { type Period, periodOf, previousPeriod, shiftPeriod } from "@npskit/core";

/** How many sample responses per month, and the sample's shape. */
const PER_MONTH = 120;
const REGIONS = { en: ["North", "South", "West"], ru: ["Север", "Юг", "Запад"] } as const;
const PLANS = ["Basic", "Pro"] as const;

const COMMENTS = {
  en: {
    promoter: [
      "Support answered in minutes",
      "Reports are clear and fast",
      "Exactly what we needed",
      "Easy to set up",
    ],
    passive: ["Good, but the mobile app is slow", "Pricing could be better", "Missing an integration we use"],
    detractor: [
      "Export keeps failing",
      "Too expensive for what it does",
      "Support never replied to my ticket",
    ],
  },
  ru: {
    promoter: ["Поддержка ответила за несколько минут", "Отчёты понятные и быстрые", "Именно то, что нужно"],
    passive: ["Хорошо, но мобильное приложение тормозит", "Цена могла бы быть ниже", "Не хватает интеграции"],
    detractor: ["Выгрузка постоянно падает", "Слишком дорого", "Поддержка не ответила на обращение"],
  },
} as const;

/**
 * Sample survey responses as CSV (`id,submitted_at,score,comment,region,plan`) for `npskit init`: three
 * months ending with `lastMonth`, each a little better than the one before, with comments in `locale`.
 * Deterministic (a fixed-seed generator), so a project made twice is the same.
 *
 * @example
 * sampleResponsesCsv(lastCompleteMonth(new Date("2026-11-23T10:00:00Z"), "UTC"), "en").split("\n")[0] // "id,submitted_at,score,comment,region,plan"
 */
export function sampleResponsesCsv(lastMonth: Period, locale: "en" | "ru"): string {
  const random = mulberry32(20261101);
  const rows = ["id,submitted_at,score,comment,region,plan"];
  let id = 1000;
  for (const [index, month] of [
    shiftPeriod(lastMonth, -2),
    shiftPeriod(lastMonth, -1),
    lastMonth,
  ].entries()) {
    const start = Date.parse(month.start);
    const span = Date.parse(month.end) - start;
    for (let i = 0; i < PER_MONTH; i += 1) {
      id += 1;
      // Minutes inside the month, in order: a survey export is usually sorted by time.
      const at = new Date(start + Math.floor(((i + random()) / PER_MONTH) * (span - 60_000)));
      const region = REGIONS[locale][Math.floor(random() * 3)]!;
      const plan = PLANS[random() < 0.35 ? 1 : 0];
      const unanswered = random() < 0.04;
      const score = unanswered ? null : scoreFor(random, 0.42 + index * 0.05 + (plan === "Pro" ? 0.08 : 0));
      const comment = score !== null && random() < 0.45 ? commentFor(random, locale, score) : "";
      rows.push(
        [
          String(id),
          at.toISOString(),
          score === null ? "" : String(score),
          csvField(comment),
          region,
          plan,
        ].join(","),
      );
    }
  }
  return `${rows.join("\n")}\n`;
}

/** The month before the one `now` is in, in `timeZone`: the month the sample ends with. */
export function lastCompleteMonth(now: Date, timeZone: string): Period {
  return previousPeriod(periodOf(now, "month", timeZone));
}

function scoreFor(random: () => number, promoterShare: number): number {
  const roll = random();
  if (roll < promoterShare) return random() < 0.55 ? 9 : 10;
  if (roll < promoterShare + 0.33) return random() < 0.5 ? 7 : 8;
  return Math.floor(random() * 7);
}

function commentFor(random: () => number, locale: "en" | "ru", score: number): string {
  const texts = COMMENTS[locale][score >= 9 ? "promoter" : score >= 7 ? "passive" : "detractor"];
  return texts[Math.floor(random() * texts.length)]!;
}

function csvField(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A small, well-known 32-bit generator: fixed seed, same numbers on every machine. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
