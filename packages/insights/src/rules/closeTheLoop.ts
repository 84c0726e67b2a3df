import { defineRule, type RecommendationDraft } from "@npskit/core";
import { dateText } from "../dateText.js";
import { numberText, pluralText } from "../localeText.js";
import { localized } from "../localized.js";
import { WORDS } from "../wordForms.js";

/**
 * Close the loop (area communication): fires when detractors agreed to be contacted (`insights.followUp`).
 * Gives the counts and since when the oldest has waited, and asks for call-backs oldest first. Names never
 * appear in the recommendation: the follow-up list (CSV) and, when configured, the report's contact table
 * carry them. Priority grows with the number waiting.
 */
export const closeTheLoop = defineRule(() => ({
  name: "npskit:close-the-loop",
  evaluate(model, { locale }): RecommendationDraft[] | null {
    const follow = model.insights?.followUp;
    if (follow === null || follow === undefined || follow.consenting === 0) return null;
    const consenting = pluralText(locale, follow.consenting, WORDS.detractor[locale]);
    const of = numberText(locale, follow.detractors);
    const since = follow.oldest === null ? undefined : dateText(locale, follow.oldest, model.period.timeZone);
    const wait =
      since === undefined
        ? ""
        : localized(locale, {
            en: ` The oldest answered on ${since}.`,
            ru: ` Самый ранний ответ — ${since.replace(/\.$/, "")}.`,
          });
    return [
      {
        id: "close-the-loop",
        area: "communication",
        priority: Math.round(Math.min(80, 40 + follow.consenting * 2)),
        title: localized(locale, {
          en: `Call back the ${consenting} who agreed to be contacted`,
          ru: `Перезвоните ${follow.consenting === 1 ? "критику, который согласился" : "критикам, которые согласились"} на связь (${numberText(locale, follow.consenting)})`,
        }),
        rationale: localized(locale, {
          en: `${consenting} out of ${of} this period agreed to be contacted about their answer.${wait} A prompt call shows them they were heard and finds the cause while it is fresh.`,
          ru: `${consenting} из ${of} в этом периоде согласились, чтобы с ними связались по поводу ответа.${wait} Быстрый звонок показывает, что клиента услышали, и помогает найти причину, пока она свежа.`,
        }),
        subject: { kind: "respondents" },
        evidence: [
          localized(locale, {
            en: `Detractors: ${of}; agreed to be contacted: ${numberText(locale, follow.consenting)}`,
            ru: `Критиков: ${of}; согласились на связь: ${numberText(locale, follow.consenting)}`,
          }),
          ...(since === undefined
            ? []
            : [
                localized(locale, { en: `Oldest waiting since ${since}`, ru: `Ждёт дольше всех с ${since}` }),
              ]),
        ],
        references: ["/insights/followUp", "/overall/detractors"],
        actions: [
          localized(locale, {
            en: "Assign each consenting detractor to an account owner and call within two working days, oldest first",
            ru: "Закрепите каждого согласившегося критика за ответственным менеджером и позвоните в течение двух рабочих дней, начиная с самых ранних",
          }),
          localized(locale, {
            en: "Use the follow-up list (CSV) as the call sheet; record the outcome and the cause of each call",
            ru: "Используйте список для обратной связи (CSV) как лист обзвона; фиксируйте итог и причину каждого звонка",
          }),
          localized(locale, {
            en: "Tell each customer what will change, and follow up once it has",
            ru: "Расскажите каждому клиенту, что изменится, и сообщите, когда это будет сделано",
          }),
        ],
      },
    ];
  },
}));
