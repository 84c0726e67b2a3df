import { defineRule, type RecommendationDraft } from "@npskit/core";
import { numberText } from "../localeText.js";
import { localized } from "../localized.js";

/**
 * Place the NPS against a benchmark (area goals): only when the config names a benchmark file and the period
 * has answers. Prints the peer group, source and year, and says plainly when the file is an example with
 * made-up numbers. Below the peers' lower quartile (or mean) is a reason to act; within or above is context.
 */
export const benchmark = defineRule(() => ({
  name: "npskit:benchmark",
  evaluate(model, { locale }): RecommendationDraft[] | null {
    const bench = model.insights?.benchmark;
    const { overall } = model;
    if (bench === null || bench === undefined || bench.position === "unknown") return null;
    if (overall.nps === null || overall.interval === null) return null;
    const n = (value: number) => numberText(locale, value);
    const peers =
      bench.quartiles !== null && bench.quartiles !== undefined
        ? localized(locale, {
            en: `quartiles ${n(bench.quartiles.q1)} / ${n(bench.quartiles.median)} / ${n(bench.quartiles.q3)}`,
            ru: `квартили ${n(bench.quartiles.q1)} / ${n(bench.quartiles.median)} / ${n(bench.quartiles.q3)}`,
          })
        : localized(locale, { en: `mean ${n(bench.mean ?? 0)}`, ru: `среднее ${n(bench.mean ?? 0)}` });
    const where = {
      below: localized(locale, { en: "below", ru: "ниже" }),
      within: localized(locale, { en: "in line with", ru: "на уровне" }),
      above: localized(locale, { en: "above", ru: "выше" }),
    }[bench.position];
    const example = bench.example
      ? localized(locale, {
          en: "Example benchmark with made-up numbers, not real figures: ",
          ru: "Пример бенчмарка с вымышленными числами, а не реальные данные: ",
        })
      : "";
    const cited = `${bench.source}, ${bench.year}`;
    return [
      {
        id: "benchmark",
        area: "goals",
        priority: bench.position === "below" ? 50 : 20,
        title: localized(locale, {
          en: `${bench.example ? "[Example] " : ""}NPS is ${where} the ${bench.name} benchmark`,
          ru: `${bench.example ? "[Пример] " : ""}NPS ${where} бенчмарка «${bench.name}»`,
        }),
        rationale: `${example}${localized(locale, {
          en: `NPS ${n(overall.nps)} (interval ${n(overall.interval.low)} to ${n(overall.interval.high)}) is ${where} ${bench.name}: ${peers} (${cited}).`,
          ru: `NPS ${n(overall.nps)} (интервал от ${n(overall.interval.low)} до ${n(overall.interval.high)}) ${where} группы «${bench.name}»: ${peers} (${cited}).`,
        })}`,
        subject: { kind: "benchmark", name: bench.name },
        evidence: [
          localized(locale, { en: `Source: ${cited}`, ru: `Источник: ${cited}` }),
          localized(locale, { en: `Peers: ${peers}`, ru: `Сравнение: ${peers}` }),
        ],
        references: ["/insights/benchmark", "/overall/interval"],
        actions: [
          bench.position === "below"
            ? localized(locale, {
                en: "Set the peers' median as an interim target with a date",
                ru: "Поставьте медиану группы промежуточной целью со сроком",
              })
            : localized(locale, {
                en: "Use the benchmark as context only: compare yourself with your own trend first",
                ru: "Используйте бенчмарк лишь как контекст: прежде всего сравнивайте себя со своим трендом",
              }),
          localized(locale, {
            en: "Check that the benchmark asks the same question on the same scale and channel before comparing",
            ru: "Прежде чем сравнивать, убедитесь, что бенчмарк задаёт тот же вопрос по той же шкале и каналу",
          }),
        ],
      },
    ];
  },
}));
