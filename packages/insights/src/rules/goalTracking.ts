import { defineRule, type RecommendationDraft } from "@npskit/core";
import { dateText } from "../dateText.js";
import { numberText, pluralText, signedText } from "../localeText.js";
import { localized } from "../localized.js";
import { periodWords } from "../wordForms.js";

/**
 * Track the goal (area goals): needs a target NPS and a date (`insights.goal`). Off track — the recent trend
 * (least-squares slope over the last ≤ 6 periods) gains less per period than the gap needs, or the date has
 * passed — it says so with the gain needed per period, at a priority that grows with the shortfall. On track
 * or already there it says so too, at a low priority, so the report shows where the goal stands. Silent
 * without a goal or without answers.
 */
export const goalTracking = defineRule(() => ({
  name: "npskit:goal-tracking",
  evaluate(model, { locale }): RecommendationDraft[] | null {
    const goal = model.insights?.goal;
    if (goal === null || goal === undefined || goal.gapNow === null || model.overall.nps === null)
      return null;
    const unit = periodWords(locale, model.period.grain);
    const target = numberText(locale, goal.target);
    const now = numberText(locale, model.overall.nps);
    const due = dateText(locale, `${goal.date}T12:00:00Z`, "UTC");
    const left = pluralText(locale, Math.max(0, goal.periodsLeft), unit);
    const needed = goal.gainNeededPerPeriod === null ? null : signedText(locale, goal.gainNeededPerPeriod, 1);
    const recent = goal.recentGainPerPeriod === null ? null : signedText(locale, goal.recentGainPerPeriod, 1);
    const per = unit.one;
    const reached = goal.gapNow <= 0;
    const late = !reached && goal.periodsLeft <= 0;
    const behind = !reached && !late && goal.onTrack !== true;
    const pace =
      recent === null
        ? localized(locale, {
            en: " The trend is too short to say whether the pace is enough.",
            ru: " Тренд слишком короткий, чтобы судить о темпе.",
          })
        : localized(locale, {
            en: ` Over the recent periods it moved ${recent} points per ${per}.`,
            ru: ` В последние периоды он менялся на ${recent} п. за ${per}.`,
          });
    const rationale = reached
      ? localized(locale, {
          en: `NPS is ${now}, at or above the target of ${target} due ${due}.`,
          ru: `NPS равен ${now} — цель ${target} к ${due} уже достигнута.`,
        })
      : late
        ? localized(locale, {
            en: `The target of ${target} was due ${due}; NPS is ${now}, ${numberText(locale, goal.gapNow)} points short.`,
            ru: `Цель ${target} должна была быть достигнута к ${due}; NPS равен ${now}, не хватает ${numberText(locale, goal.gapNow)} п.`,
          })
        : localized(locale, {
            en: `NPS is ${now}, ${numberText(locale, goal.gapNow)} points below the target of ${target} due ${due}: with ${left} left it needs ${needed} points per ${per}.${pace}`,
            ru: `NPS равен ${now} — на ${numberText(locale, goal.gapNow)} п. ниже цели ${target} к ${due}: осталось ${left}, нужно ${needed} п. за ${per}.${pace}`,
          });
    const shortfall =
      goal.gainNeededPerPeriod === null ? 0 : goal.gainNeededPerPeriod - (goal.recentGainPerPeriod ?? 0);
    const priority = reached ? 15 : late ? 60 : behind ? Math.round(Math.min(80, 45 + shortfall * 5)) : 20;
    const title = reached
      ? localized(locale, {
          en: `Hold the NPS above the target of ${target}`,
          ru: `Удерживайте NPS выше цели ${target}`,
        })
      : late
        ? localized(locale, {
            en: `Reset the missed NPS target of ${target}`,
            ru: `Пересмотрите пропущенную цель NPS ${target}`,
          })
        : behind
          ? localized(locale, {
              en: `Speed up: reaching ${target} by ${due} needs ${needed} points per ${per}`,
              ru: `Ускорьтесь: чтобы достичь ${target} к ${due}, нужно ${needed} п. за ${per}`,
            })
          : localized(locale, {
              en: `Stay on course for an NPS of ${target} by ${due}`,
              ru: `Сохраните темп, чтобы достичь NPS ${target} к ${due}`,
            });
    return [
      {
        id: "goal-tracking",
        area: "goals",
        priority,
        title,
        rationale,
        subject: { kind: "goal" },
        evidence: [
          localized(locale, {
            en: `Target ${target} by ${due}; now ${now} (gap ${numberText(locale, goal.gapNow, 1)} points)`,
            ru: `Цель ${target} к ${due}; сейчас ${now} (разрыв ${numberText(locale, goal.gapNow, 1)} п.)`,
          }),
          localized(locale, {
            en: `Left: ${left}; needed ${needed ?? "—"} per ${per}; recent ${recent ?? "—"} per ${per}`,
            ru: `Осталось: ${left}; нужно ${needed ?? "—"} за ${per}; недавний темп ${recent ?? "—"} за ${per}`,
          }),
        ],
        references: ["/insights/goal", "/trend", "/overall"],
        actions:
          reached || !behind
            ? [
                localized(locale, {
                  en: "Keep the changes that got you here and review the NPS every period",
                  ru: "Сохраните изменения, которые привели к результату, и проверяйте NPS каждый период",
                }),
                localized(locale, {
                  en: reached
                    ? "Set the next target with a date"
                    : "Watch the lagging segments so that they do not pull the trend down",
                  ru: reached
                    ? "Поставьте следующую цель со сроком"
                    : "Следите за отстающими сегментами, чтобы они не тянули тренд вниз",
                }),
              ]
            : [
                localized(locale, {
                  en: "Pick the two recommendations above with the largest expected gain and give each an owner and a date",
                  ru: "Выберите две рекомендации выше с наибольшим ожидаемым эффектом и назначьте каждой ответственного и срок",
                }),
                localized(locale, {
                  en: `Review the NPS against the needed ${needed ?? ""} points per ${per} every period`,
                  ru: `Каждый период сверяйте NPS с нужным приростом ${needed ?? ""} п. за ${per}`,
                }),
                localized(locale, {
                  en: late
                    ? "Agree a new, realistic target and date with the team"
                    : "If the pace cannot change, agree a realistic date with the team now",
                  ru: late
                    ? "Согласуйте с командой новую реалистичную цель и срок"
                    : "Если темп не изменить, согласуйте с командой реалистичный срок уже сейчас",
                }),
              ],
      },
    ];
  },
}));
