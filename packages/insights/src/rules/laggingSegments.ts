import { defineRule, type RecommendationDraft } from "@npskit/core";
import { numberText, percentText } from "../localeText.js";
import { localized } from "../localized.js";
import { segmentText } from "../segmentText.js";

/** Options of {@link laggingSegments}. */
export interface LaggingSegmentsOptions {
  /**
   * Dimensions whose gaps are about people serving customers (a channel, a team), so the fix is training.
   * @default /channel|agent|team|store|branch|office|support|staff|manager/i
   */
  readonly training?: RegExp;
  /** Recommendations at most; the largest gaps × sizes. @default 3 */
  readonly max?: number;
}

const TRAINING = /channel|agent|team|store|branch|office|support|staff|manager/i;

/**
 * Lift lagging segments (area product, or training for service dimensions): one recommendation per segment
 * significantly below the rest of the customers (`versusRest`: z-test of the group against everyone else, a
 * valid test because the two share no response), the largest gap × size first. The gain quoted is what
 * closing the gap would add to the overall NPS: share of answers × gap to the rest, in points — the overall NPS
 * is the answer-weighted mean of the groups' NPS, so raising one group by g raises it by share × g.
 */
// biome-ignore lint/suspicious/noConfusingVoidType: `void` lets the factory be called without options.
export const laggingSegments = defineRule<LaggingSegmentsOptions | void>((options) => {
  const training = options?.training ?? TRAINING;
  const max = options?.max ?? 3;
  return {
    name: "npskit:lagging-segments",
    evaluate(model, { locale }): RecommendationDraft[] | null {
      const answered = model.overall.answered;
      const lagging = model.segments.flatMap((table, t) =>
        table.rows.flatMap((row, r) => {
          const test = row.versusRest;
          if (row.value === null || row.result.nps === null || test === null) return [];
          if (!test.significant || test.difference >= 0) return [];
          const share = row.result.answered / answered;
          return [
            {
              table,
              row,
              value: row.value,
              nps: row.result.nps,
              test,
              share,
              gain: share * -test.difference,
              pointer: `/segments/${t}/rows/${r}`,
            },
          ];
        }),
      );
      if (lagging.length === 0) return null;
      lagging.sort((a, b) => b.gain - a.gain);
      return lagging.slice(0, max).map(({ table, value, nps, test, share, gain, pointer }) => {
        const label = segmentText(table.dimension, value, locale);
        const gap = numberText(locale, -test.difference);
        const rest = numberText(locale, nps - test.difference);
        const best = table.rows
          .filter((other) => other.value !== null && other.result.nps !== null && other.result.answered >= 30)
          .sort((a, b) => (b.result.nps ?? 0) - (a.result.nps ?? 0))[0];
        const bestLabel = best === undefined || best.value === value ? undefined : best.value;
        const isTraining = training.test(table.dimension);
        const p = numberText(locale, test.p, 3);
        return {
          id: `lagging-segment/${table.dimension}=${value}`,
          area: isTraining ? "training" : "product",
          priority: Math.round(Math.min(90, 40 + gain * 5)),
          title: localized(locale, {
            en: `Close the ${gap}-point gap of ${label}`,
            ru: `Сократите отставание ${label} на ${gap} п.`,
          }),
          rationale: localized(locale, {
            en: `${label} scores ${numberText(locale, nps)}, ${gap} points below the other customers (${rest}; p = ${p}). It gives ${percentText(locale, share)} of the answers, so closing the gap would lift the overall NPS by about ${numberText(locale, gain, 1)} points.`,
            ru: `У сегмента ${label} NPS ${numberText(locale, nps)} — на ${gap} п. ниже, чем у остальных клиентов (${rest}; p = ${p}). На него приходится ${percentText(locale, share)} ответов, и устранение разрыва подняло бы общий NPS примерно на ${numberText(locale, gain, 1)} п.`,
          }),
          subject: { kind: "segment", dimension: table.dimension, value },
          evidence: [
            localized(locale, {
              en: `${label}: NPS ${numberText(locale, nps)} from ${numberText(locale, answered * share)} answers; the rest: ${rest}`,
              ru: `${label}: NPS ${numberText(locale, nps)} по ${numberText(locale, answered * share)} ответам; остальные: ${rest}`,
            }),
            localized(locale, {
              en: `Gap to the rest: ${gap} points (${numberText(locale, test.interval.level * 100)}% interval ${numberText(locale, -test.interval.high)} to ${numberText(locale, -test.interval.low)}), p = ${p}`,
              ru: `Разрыв с остальными: ${gap} п. (${numberText(locale, test.interval.level * 100)}-процентный интервал от ${numberText(locale, -test.interval.high)} до ${numberText(locale, -test.interval.low)}), p = ${p}`,
            }),
          ],
          references: [pointer, "/overall"],
          actions: [
            localized(locale, {
              en: `Read the detractor comments from ${label} and list the three most frequent causes`,
              ru: `Прочитайте комментарии критиков из сегмента ${label} и выпишите три самые частые причины`,
            }),
            isTraining
              ? localized(locale, {
                  en: `Review recent conversations of ${label} with the team and coach on those causes`,
                  ru: `Разберите с командой недавние обращения в ${label} и проведите обучение по этим причинам`,
                })
              : localized(locale, {
                  en: `Compare the experience of ${label} (onboarding, pricing, support hours) with ${bestLabel === undefined ? "the best-scoring segment" : `${bestLabel}, the best-scoring ${table.dimension}`}`,
                  ru: `Сравните опыт клиентов ${label} (подключение, цены, часы поддержки) с ${bestLabel === undefined ? "лучшим сегментом" : `лучшим сегментом ${bestLabel}`}`,
                }),
            localized(locale, {
              en: `Name an owner for the NPS of ${label} and review the gap next period`,
              ru: `Назначьте ответственного за NPS сегмента ${label} и проверьте разрыв в следующем периоде`,
            }),
          ],
        };
      });
    },
  };
});
