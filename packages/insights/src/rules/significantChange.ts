import {
  defineRule,
  parsePeriod,
  periodLabel,
  type RecommendationDraft,
  type ReportModel,
} from "@npskit/core";
import { numberText, percentText, signedText } from "../localeText.js";
import { localized } from "../localized.js";
import { segmentText } from "../segmentText.js";

interface Mover {
  readonly label: string;
  readonly nps: number;
  readonly gap: number;
  readonly share: number;
  /** share × gap: how far this group pulls the overall NPS from the rest of the customers', in points. */
  readonly pull: number;
  readonly pointer: string;
}

/**
 * Investigate a significant change (area product for a fall, feedback for a rise): fires when
 * `model.change.significant` — the z-test of this period against the previous one. Says by how much, and
 * which segments now pull the NPS in the direction of the change most (share of answers × gap to the overall
 * NPS). A full shift-share decomposition (segment mix vs segment scores) needs the previous period's segment
 * results, which the ReportModel does not hold; until it does, the rule names where the score stands now.
 */
export const significantChange = defineRule(() => ({
  name: "npskit:significant-change",
  evaluate(model, { locale }): RecommendationDraft[] | null {
    const { change, previous, overall } = model;
    if (change === null || !change.significant || previous === null || overall.nps === null) return null;
    if (previous.nps === null) return null;
    const fell = change.difference < 0;
    const movers = moversOf(model, fell).slice(0, 3);
    const before = periodLabel(parsePeriod(model.previousPeriod.key, model.previousPeriod.timeZone), locale);
    const points = numberText(locale, Math.abs(change.difference));
    const level = numberText(locale, change.interval.level * 100);
    const now = numberText(locale, overall.nps);
    const then = numberText(locale, previous.nps);
    const p = numberText(locale, change.p, 3);
    const top = movers[0];
    const where =
      top === undefined
        ? ""
        : localized(locale, {
            en: ` ${top.label} ${fell ? "lags" : "leads"} most now: NPS ${numberText(locale, top.nps)}, ${signedText(locale, top.gap)} against the overall, with ${percentText(locale, top.share)} of the answers.`,
            ru: ` Сильнее всего сейчас ${fell ? "отстаёт" : "опережает"} ${top.label}: NPS ${numberText(locale, top.nps)}, ${signedText(locale, top.gap)} к общему, ${percentText(locale, top.share)} ответов.`,
          });
    const rationale = localized(locale, {
      en: `NPS ${fell ? "fell" : "rose"} from ${then} in ${before} to ${now} (${signedText(locale, change.difference)} points, p = ${p}): more than chance explains.${where}`,
      ru: `NPS ${fell ? "снизился" : "вырос"} с ${then} (${before}) до ${now} (${signedText(locale, change.difference)} п., p = ${p}) — больше, чем объясняется случайностью.${where}`,
    });
    const evidence = [
      localized(locale, {
        en: `Change: ${signedText(locale, change.difference, 1)} points, ${level}% interval ${signedText(locale, change.interval.low, 1)} to ${signedText(locale, change.interval.high, 1)}, p = ${p}`,
        ru: `Изменение: ${signedText(locale, change.difference, 1)} п., ${level}-процентный интервал от ${signedText(locale, change.interval.low, 1)} до ${signedText(locale, change.interval.high, 1)}, p = ${p}`,
      }),
      localized(locale, {
        en: `Now ${now} from ${numberText(locale, overall.answered)} answers; ${before}: ${then} from ${numberText(locale, previous.answered)}`,
        ru: `Сейчас ${now} по ${numberText(locale, overall.answered)} ответам; ${before}: ${then} по ${numberText(locale, previous.answered)}`,
      }),
      ...movers.map((mover) =>
        localized(locale, {
          en: `${mover.label}: NPS ${numberText(locale, mover.nps)} (${signedText(locale, mover.gap)} vs overall), ${percentText(locale, mover.share)} of answers`,
          ru: `${mover.label}: NPS ${numberText(locale, mover.nps)} (${signedText(locale, mover.gap)} к общему), ${percentText(locale, mover.share)} ответов`,
        }),
      ),
    ];
    const focus = top?.label;
    const actions = fell
      ? [
          localized(locale, {
            en: `Read this period's detractor comments${focus === undefined ? "" : ` from ${focus}`} first and list the top three causes`,
            ru: `Прочитайте комментарии критиков за период${focus === undefined ? "" : ` — в первую очередь ${focus}`} и выпишите три главные причины`,
          }),
          localized(locale, {
            en: `Line up releases, price changes, incidents and support backlogs of ${before} and after against the drop`,
            ru: `Сопоставьте со снижением релизы, изменения цен, инциденты и очереди поддержки начиная с периода «${before}»`,
          }),
          localized(locale, {
            en: "Call five recent detractors to confirm the cause before changing anything",
            ru: "Позвоните пяти недавним критикам и подтвердите причину, прежде чем что-то менять",
          }),
          localized(locale, {
            en: "Check next period whether the fall holds; a single period can still be noise",
            ru: "Проверьте в следующем периоде, сохранится ли снижение: один период ещё может быть шумом",
          }),
        ]
      : [
          localized(locale, {
            en: `Find what changed since ${before} (a release, a campaign, support) and keep doing it`,
            ru: `Выясните, что изменилось с периода «${before}» (релиз, кампания, поддержка), и закрепите это`,
          }),
          localized(locale, {
            en: `Ask this period's promoters${focus === undefined ? "" : ` from ${focus}`} what they value most, and share it with the team`,
            ru: `Спросите промоутеров этого периода${focus === undefined ? "" : ` (${focus})`}, что они ценят больше всего, и расскажите команде`,
          }),
          localized(locale, {
            en: "Check next period whether the rise holds before resetting goals",
            ru: "Проверьте в следующем периоде, сохранится ли рост, прежде чем пересматривать цели",
          }),
        ];
    const magnitude = Math.abs(change.difference);
    return [
      {
        id: "significant-change",
        area: fell ? "product" : "feedback",
        priority: Math.round(fell ? Math.min(95, 60 + magnitude) : Math.min(55, 35 + magnitude / 2)),
        title: localized(locale, {
          en: fell
            ? `Investigate the ${points}-point fall in NPS since ${before}`
            : `Learn from the ${points}-point rise in NPS since ${before}`,
          ru: fell
            ? `Разберитесь в снижении NPS на ${points} п. с периода «${before}»`
            : `Изучите рост NPS на ${points} п. с периода «${before}»`,
        }),
        rationale,
        subject: { kind: "overall" },
        evidence,
        references: ["/change", "/overall", "/previous", ...movers.map((mover) => mover.pointer)],
        actions,
      },
    ];
  },
}));

/** Segments on the side of the change (below overall for a fall, above for a rise), strongest pull first. */
function moversOf(model: ReportModel, fell: boolean): Mover[] {
  const answered = model.overall.answered;
  const movers: Mover[] = [];
  model.segments.forEach((table, t) => {
    table.rows.forEach((row, r) => {
      const gap = row.differenceFromOverall;
      if (row.value === null || gap === null || row.result.nps === null) return;
      if (fell ? gap >= 0 : gap <= 0) return;
      const share = row.result.answered / answered;
      movers.push({
        label: segmentText(table.dimension, row.value),
        nps: row.result.nps,
        gap,
        share,
        pull: share * gap,
        pointer: `/segments/${t}/rows/${r}`,
      });
    });
  });
  return movers.sort(
    (a, b) => Math.abs(b.pull) - Math.abs(a.pull) || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0),
  );
}
