import { defineRule, type RecommendationDraft, type ReportModel, sampleSizeForMargin } from "@npskit/core";
import { numberText, pluralText } from "../localeText.js";
import { localized } from "../localized.js";
import { segmentText } from "../segmentText.js";
import { WORDS } from "../wordForms.js";

/** Options of {@link thinEvidence}. */
export interface ThinEvidenceOptions {
  /** Fire when the overall margin of error is above this, in points. @default 10 */
  readonly maxMargin?: number;
  /** Fire when fewer responses than this were answered (the normal approximation is rough below). @default 30 */
  readonly minAnswered?: number;
  /** The margin to aim for, in points. @default 5 */
  readonly targetMargin?: number;
  /** A segment is under-sampled with fewer answers than `minAnswered` or a margin above this. @default 20 */
  readonly maxSegmentMargin?: number;
}

interface Thin {
  readonly label: string;
  readonly answered: number;
  readonly margin: number | null;
  readonly pointer: string;
}

/**
 * Collect more feedback (area feedback): fires when the overall NPS rests on too few answers — a margin of
 * error above ±10 points, or fewer than 30 answers. Says how many answers a ±5 margin needs
 * (`sampleSizeForMargin` with this period's shares) and names the under-sampled segments, smallest first.
 * Priority grows with the margin: the wider it is, the less any other finding can be trusted.
 */
// biome-ignore lint/suspicious/noConfusingVoidType: `void` lets the factory be called without options.
export const thinEvidence = defineRule<ThinEvidenceOptions | void>((options) => {
  const { maxMargin = 10, minAnswered = 30, targetMargin = 5, maxSegmentMargin = 20 } = options ?? {};
  return {
    name: "npskit:thin-evidence",
    evaluate(model, { locale }): RecommendationDraft[] | null {
      const { overall } = model;
      const margin = overall.marginOfError;
      if (overall.answered >= minAnswered && margin !== null && margin <= maxMargin) return null;
      const needed = sampleSizeForMargin({
        margin: targetMargin,
        level: model.method.interval.level,
        ...(overall.shares === null ? {} : { shares: overall.shares }),
        method: model.method.interval.method === "wald" ? "wald" : "adjusted-wald",
      });
      const more = Math.max(0, needed - overall.answered);
      const thin = underSampled(model, minAnswered, maxSegmentMargin);
      const level = numberText(locale, model.method.interval.level * 100);
      const answers = pluralText(locale, overall.answered, WORDS.answer[locale]);
      const moreText = numberText(locale, more);
      const neededText = numberText(locale, needed);
      const target = numberText(locale, targetMargin);
      const marginText = margin === null ? "" : numberText(locale, margin);
      const rationale =
        overall.nps === null || overall.interval === null
          ? localized(locale, {
              en: `No response was answered in this period, so there is no NPS to act on. A ±${target}-point margin needs about ${neededText} answers.`,
              ru: `В этом периоде нет ни одного ответа с оценкой, и NPS не на что опереться. Для погрешности ±${target} пунктов нужно около ${neededText} ответов.`,
            })
          : localized(locale, {
              en: `The NPS of ${numberText(locale, overall.nps)} rests on ${answers}: its ${level}% interval runs from ${numberText(locale, overall.interval.low)} to ${numberText(locale, overall.interval.high)} (±${marginText} points). About ${moreText} more answers (${neededText} in all) would narrow it to ±${target}.`,
              ru: `NPS ${numberText(locale, overall.nps)} (ответов с оценкой: ${numberText(locale, overall.answered)}): его ${level}-процентный интервал — от ${numberText(locale, overall.interval.low)} до ${numberText(locale, overall.interval.high)} (±${marginText} п.). Ещё около ${moreText} ответов (всего ${neededText}) сузят его до ±${target}.`,
            });
      const evidence = [
        localized(locale, {
          en: `Answered: ${numberText(locale, overall.answered)}${margin === null ? "" : `, margin ±${numberText(locale, margin, 1)} points`}`,
          ru: `Ответов с оценкой: ${numberText(locale, overall.answered)}${margin === null ? "" : `, погрешность ±${numberText(locale, margin, 1)} п.`}`,
        }),
        localized(locale, {
          en: `Needed for ±${target}: ${neededText} answers (${moreText} more)`,
          ru: `Нужно для ±${target}: ${neededText} ответов (ещё ${moreText})`,
        }),
        ...thin.slice(0, 5).map((segment) =>
          localized(locale, {
            en: `Under-sampled: ${segment.label}, ${pluralText(locale, segment.answered, WORDS.answer.en)}${segment.margin === null ? "" : `, ±${numberText(locale, segment.margin)}`}`,
            ru: `Мало ответов: ${segment.label} — ${pluralText(locale, segment.answered, WORDS.answer.ru)}${segment.margin === null ? "" : `, ±${numberText(locale, segment.margin)}`}`,
          }),
        ),
      ];
      const named = thin
        .slice(0, 3)
        .map((segment) => segment.label)
        .join(", ");
      const actions = [
        localized(locale, {
          en: `Invite more customers this period: about ${moreText} more answers are needed for ±${target} points`,
          ru: `Пригласите к опросу больше клиентов: для ±${target} пунктов нужно ещё около ${moreText} ответов`,
        }),
        localized(locale, {
          en: "Send one reminder to those who have not answered, and ask in the app right after a key action",
          ru: "Отправьте одно напоминание тем, кто не ответил, и задавайте вопрос в приложении сразу после ключевого действия",
        }),
        ...(thin.length === 0
          ? []
          : [
              localized(locale, {
                en: `Survey the thin segments on purpose before drawing conclusions about them: ${named}`,
                ru: `Прицельно опросите сегменты с малым числом ответов, прежде чем делать по ним выводы: ${named}`,
              }),
            ]),
        localized(locale, {
          en: `Until then, treat changes smaller than ${marginText || target} points as noise, or report by quarter`,
          ru: `До тех пор считайте изменения меньше ${marginText || target} пунктов шумом или стройте отчёт по кварталам`,
        }),
      ];
      return [
        {
          id: "thin-evidence",
          area: "feedback",
          priority: priorityOf(margin, maxMargin),
          title: localized(locale, {
            en:
              margin === null
                ? "Collect responses: this period has no answered ones"
                : `Collect more feedback: the NPS is only known to ±${marginText} points`,
            ru:
              margin === null
                ? "Соберите ответы: в этом периоде их нет"
                : `Соберите больше отзывов: NPS известен лишь с точностью ±${marginText} п.`,
          }),
          rationale,
          subject: { kind: "overall" },
          evidence,
          references: ["/overall", ...thin.slice(0, 5).map((segment) => segment.pointer)],
          actions: actions.slice(0, 4),
        },
      ];
    },
  };
});

/** Segments too thin to compare: few answers or a wide interval, smallest first. */
function underSampled(model: ReportModel, minAnswered: number, maxMargin: number): Thin[] {
  const thin: Thin[] = [];
  model.segments.forEach((table, t) => {
    table.rows.forEach((row, r) => {
      if (row.value === null) return;
      const margin = row.result.marginOfError;
      if (row.result.answered >= minAnswered && margin !== null && margin <= maxMargin) return;
      thin.push({
        label: segmentText(table.dimension, row.value, model.locale),
        answered: row.result.answered,
        margin,
        pointer: `/segments/${t}/rows/${r}`,
      });
    });
  });
  return thin.sort((a, b) => a.answered - b.answered);
}

/** 35 at the threshold, up to 70 for a useless (±24 or more, or no answers) result. */
function priorityOf(margin: number | null, maxMargin: number): number {
  if (margin === null) return 70;
  return Math.round(Math.min(70, 35 + Math.max(0, margin - maxMargin) * 2.5));
}
