import { defineRule, type RecommendationDraft, type ReportDriver } from "@npskit/core";
import { numberText, percentText } from "../localeText.js";
import { localized } from "../localized.js";

/** Options of {@link keyDrivers}. */
export interface KeyDriversOptions {
  /** Ratings a driver needs before it is judged. @default 30 */
  readonly minRatings?: number;
  /** Correlations weaker than this (in absolute value) are not a reason to act. @default 0.2 */
  readonly minCorrelation?: number;
  /** Recommendations at most. @default 2 */
  readonly max?: number;
}

/**
 * Fix the drivers that matter most and score lowest (area product): importance–performance analysis
 * (Martilla & James, "Importance-performance analysis", Journal of Marketing 41(1), 1977) over
 * `insights.drivers`. A driver is flagged when its importance is above the average (1 / number of drivers),
 * its correlation with the score is positive and at least 0.2, and its mean rating — as a position in the
 * range of all ratings seen (drivers are assumed to share one scale, as survey attributes usually do) — is
 * below the drivers' average. Silent when no
 * driver is both important and weak, or when the drivers hardly go with the score.
 */
// biome-ignore lint/suspicious/noConfusingVoidType: `void` lets the factory be called without options.
export const keyDrivers = defineRule<KeyDriversOptions | void>((options) => {
  const { minRatings = 30, minCorrelation = 0.2, max = 2 } = options ?? {};
  return {
    name: "npskit:key-drivers",
    evaluate(model, { locale }): RecommendationDraft[] | null {
      const drivers = model.insights?.drivers ?? [];
      const judged = drivers.filter(
        (driver) => driver.n >= minRatings && driver.importance !== null && driver.mean !== null,
      );
      if (judged.length < 2) return null;
      const low = Math.min(...judged.map((driver) => driver.min ?? 0));
      const high = Math.max(...judged.map((driver) => driver.max ?? 0));
      const position = (driver: ReportDriver) =>
        high === low ? 0.5 : ((driver.mean ?? 0) - low) / (high - low);
      const averagePosition = judged.reduce((sum, driver) => sum + position(driver), 0) / judged.length;
      const flagged = judged.filter(
        (driver) =>
          (driver.importance ?? 0) > 1 / judged.length &&
          (driver.correlation ?? 0) >= minCorrelation &&
          position(driver) < averagePosition,
      );
      if (flagged.length === 0) return null;
      return flagged.slice(0, max).map((driver) => {
        const index = drivers.indexOf(driver);
        const r = numberText(locale, driver.correlation ?? 0, 2);
        const share = percentText(locale, driver.importance ?? 0);
        const mean = numberText(locale, driver.mean ?? 0, 1);
        const range = `${numberText(locale, driver.min ?? 0)}–${numberText(locale, driver.max ?? 0)}`;
        const others = judged
          .filter((other) => other !== driver)
          .map((other) => `${other.name} ${numberText(locale, other.mean ?? 0, 1)}`)
          .join(", ");
        return {
          id: `key-driver/${driver.name}`,
          area: "product",
          priority: Math.round(Math.min(85, 40 + (driver.importance ?? 0) * 50)),
          title: localized(locale, {
            en: `Improve ${driver.name}: it moves the score most and is rated lowest`,
            ru: `Улучшите «${driver.name}»: этот фактор сильнее всего связан с оценкой и оценён ниже других`,
          }),
          rationale: localized(locale, {
            en: `Ratings of ${driver.name} go with the recommendation score (r = ${r}, ${share} of the explained relationship, rank ${driver.rank}), yet it is rated ${mean} on average (seen ${range}) — below ${others}.`,
            ru: `Оценки фактора «${driver.name}» связаны с готовностью рекомендовать (r = ${r}, ${share} объяснённой связи, место ${driver.rank}), но в среднем он оценён на ${mean} (встречалось ${range}) — ниже, чем ${others}.`,
          }),
          subject: { kind: "driver", name: driver.name },
          evidence: judged.map((other) =>
            localized(locale, {
              en: `${other.name}: r = ${numberText(locale, other.correlation ?? 0, 2)}, importance ${percentText(locale, other.importance ?? 0)}, mean ${numberText(locale, other.mean ?? 0, 1)} (n = ${numberText(locale, other.n)})`,
              ru: `${other.name}: r = ${numberText(locale, other.correlation ?? 0, 2)}, важность ${percentText(locale, other.importance ?? 0)}, среднее ${numberText(locale, other.mean ?? 0, 1)} (n = ${numberText(locale, other.n)})`,
            }),
          ),
          references: [`/insights/drivers/${index}`],
          actions: [
            localized(locale, {
              en: `Put the top complaint about ${driver.name} first in the next planning cycle`,
              ru: `Поставьте главную жалобу на «${driver.name}» первой в следующем цикле планирования`,
            }),
            localized(locale, {
              en: `Ask customers who rated ${driver.name} lowest what went wrong, in a short follow-up`,
              ru: `Коротким дополнительным вопросом узнайте у поставивших «${driver.name}» низшие оценки, что пошло не так`,
            }),
            localized(locale, {
              en: `Set a target for the average ${driver.name} rating and track it each period next to the NPS`,
              ru: `Задайте цель для средней оценки «${driver.name}» и отслеживайте её каждый период вместе с NPS`,
            }),
          ],
        };
      });
    },
  };
});
