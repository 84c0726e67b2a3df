import {
  defineRule,
  parsePeriod,
  periodLabel,
  type RecommendationDraft,
  type ReportModel,
} from "@npskit/core";
import { type Locale, numberText, percentText, signedText } from "../localeText.js";
import { localized } from "../localized.js";
import {
  type NpsChangeDecomposition,
  npsChangeDecomposition,
  type SegmentContribution,
  type SegmentPeriods,
} from "../npsChangeDecomposition.js";
import { dimensionText, segmentText } from "../segmentText.js";

interface Mover {
  readonly label: string;
  readonly nps: number;
  readonly gap: number;
  readonly share: number;
  /** share × gap: how far this group pulls the overall NPS from the rest of the customers', in points. */
  readonly pull: number;
  readonly pointer: string;
}

/** A segment row's part in the change, from the decomposition of its dimension. */
interface Contributor {
  readonly label: string;
  readonly part: SegmentContribution;
  readonly pointer: string;
}

/** The decomposition of the change along one dimension, with the rows that pushed in its direction. */
interface DimensionSplit {
  readonly dimension: string;
  readonly decomposition: NpsChangeDecomposition;
  /** Rows whose contribution has the sign of the change, largest |contribution| first. */
  readonly contributors: readonly Contributor[];
  /** |top contribution| / Σ |contribution|: how much of all the segment movement the top row carries. */
  readonly clarity: number;
}

/**
 * Investigate a significant change (area product for a fall, feedback for a rise): fires when
 * `model.change.significant` — the z-test of this period against the previous one. Says by how much, and
 * which segments contributed most. With the previous period on the segment rows (`rows[].previous`), the
 * change is split per dimension into a segment-score and a segment-mix effect ({@link npsChangeDecomposition},
 * Kitagawa 1955); the rule takes the dimension whose top segment carries the largest share of all the
 * segments' movement, and names its top one or two segments (the second when it contributes at least half
 * as much as the first) with their score and mix parts. Without `previous` (models from before it existed),
 * it names the segments that now pull the NPS in the direction of the change most (share × gap to overall).
 */
export const significantChange = defineRule(() => ({
  name: "npskit:significant-change",
  evaluate(model, { locale }): RecommendationDraft[] | null {
    const { change, previous, overall } = model;
    if (change === null || !change.significant || previous === null || overall.nps === null) return null;
    if (previous.nps === null) return null;
    const fell = change.difference < 0;
    const split = splitOf(model, overall.nps - previous.nps, locale);
    const movers = split === undefined ? moversOf(model, fell).slice(0, 3) : [];
    const before = periodLabel(parsePeriod(model.previousPeriod.key, model.previousPeriod.timeZone), locale);
    const points = numberText(locale, Math.abs(change.difference));
    const level = numberText(locale, change.interval.level * 100);
    const now = numberText(locale, overall.nps);
    const then = numberText(locale, previous.nps);
    const p = numberText(locale, change.p, 3);
    const named = split === undefined ? [] : namedOf(split);
    const top = movers[0];
    const where =
      split !== undefined && named.length > 0
        ? contributorSentence(locale, split, named, overall.nps - previous.nps)
        : top === undefined
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
      ...(split === undefined || named.length === 0 ? [] : splitEvidence(locale, split, named)),
      ...movers.map((mover) =>
        localized(locale, {
          en: `${mover.label}: NPS ${numberText(locale, mover.nps)} (${signedText(locale, mover.gap)} vs overall), ${percentText(locale, mover.share)} of answers`,
          ru: `${mover.label}: NPS ${numberText(locale, mover.nps)} (${signedText(locale, mover.gap)} к общему), ${percentText(locale, mover.share)} ответов`,
        }),
      ),
    ];
    const focus = named[0]?.label ?? top?.label;
    const actions = fell
      ? [
          localized(locale, {
            en: `Read this period's detractor comments${focus === undefined ? "" : ` from ${focus}`} first and list the top three causes`,
            ru: `Прочитайте комментарии критиков за период${focus === undefined ? "" : ` — в первую очередь ${focus}`} и выпишите три главные причины`,
          }),
          localized(locale, {
            en: `Line up releases, price changes, incidents and support backlogs of ${before} and after against the drop`,
            ru: `Сопоставьте со снижением релизы, изменения цен, инциденты и очереди поддержки начиная с предыдущего периода (${before})`,
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
            ru: "Выясните, что изменилось за последний период (релиз, кампания, поддержка), и закрепите это",
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
            ? `Разберитесь в снижении NPS на ${points} п. с предыдущего периода (${before})`
            : `Изучите рост NPS на ${points} п. с предыдущего периода (${before})`,
        }),
        rationale,
        subject: { kind: "overall" },
        evidence,
        references: [
          "/change",
          "/overall",
          "/previous",
          ...named.map((contributor) => contributor.pointer),
          ...movers.map((mover) => mover.pointer),
        ],
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
        label: segmentText(table.dimension, row.value, model.locale),
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

/** The label of the group of responses without the dimension. */
const NOT_SET = { en: "(not set)", ru: "(не указано)" } as const;

/**
 * The decomposition of `total` (current − previous overall NPS) along the dimension that explains it most
 * clearly, or undefined when no table has the previous period on every row or none has a contributor in the
 * direction of the change. Groups that answered only in the previous period have no row: they enter the
 * decomposition as one "vanished" group (the previous overall minus the rows), so no part of the change is lost.
 */
function splitOf(model: ReportModel, total: number, locale: Locale): DimensionSplit | undefined {
  const { previous, overall } = model;
  if (previous === null || previous.nps === null || overall.nps === null || total === 0) return undefined;
  let best: DimensionSplit | undefined;
  model.segments.forEach((table, t) => {
    const { rows } = table;
    if (rows.length === 0 || rows.some((row) => row.previous === undefined)) return;
    const segments: SegmentPeriods[] = rows.map((row) => ({
      value: row.value,
      previous: row.previous ?? null,
      current: { answered: row.result.answered, nps: row.result.nps },
    }));
    const before = rows.reduce((sum, row) => sum + (row.previous?.answered ?? 0), 0);
    const pointsBefore = rows.reduce(
      (sum, row) => sum + (row.previous?.answered ?? 0) * (row.previous?.nps ?? 0),
      0,
    );
    const vanished = previous.answered - before;
    if (vanished < 0) return; // rows from other data than the overall: no decomposition
    if (vanished > 0) {
      const nps = (previous.nps! * previous.answered - pointsBefore) / vanished;
      segments.push({ value: null, previous: { answered: vanished, nps }, current: null });
    }
    const decomposition = npsChangeDecomposition(segments);
    if (decomposition === null) return;
    const contributors = rows
      .map((row, r) => ({
        label: segmentText(table.dimension, row.value ?? localized(locale, NOT_SET), locale),
        part: decomposition.segments[r]!,
        pointer: `/segments/${t}/rows/${r}`,
      }))
      .filter(({ part }) => Math.sign(part.total) === Math.sign(total))
      .sort((a, b) => Math.abs(b.part.total) - Math.abs(a.part.total) || a.pointer.localeCompare(b.pointer));
    const top = contributors[0];
    if (top === undefined) return;
    const gross = decomposition.segments.reduce((sum, part) => sum + Math.abs(part.total), 0);
    const clarity = Math.abs(top.part.total) / gross;
    if (best === undefined || clarity > best.clarity) {
      best = { dimension: table.dimension, decomposition, contributors, clarity };
    }
  });
  return best;
}

/** The top contributor, and the second when it contributes at least half as much. */
function namedOf(split: DimensionSplit): Contributor[] {
  const [first, second] = split.contributors;
  if (first === undefined) return [];
  return second !== undefined && Math.abs(second.part.total) >= Math.abs(first.part.total) / 2
    ? [first, second]
    : [first];
}

/** "NPS 30 → −30" or, for a group new this period, "NPS −30, new this period". */
function npsMove(locale: Locale, part: SegmentContribution): string {
  const now = part.currentNps === null ? "—" : numberText(locale, part.currentNps);
  if (part.previousNps === null) {
    return localized(locale, { en: `NPS ${now}, new this period`, ru: `NPS ${now}, новая в этом периоде` });
  }
  return `NPS ${numberText(locale, part.previousNps)} → ${now}`;
}

/** "25% → 40% of answers". */
function shareMove(locale: Locale, part: SegmentContribution): string {
  const shares = `${percentText(locale, part.previousWeight)} → ${percentText(locale, part.currentWeight)}`;
  return localized(locale, { en: `${shares} of answers`, ru: `${shares} ответов` });
}

/** The rationale's sentence on where the change came from: each named segment with its main effect. */
function contributorSentence(
  locale: Locale,
  split: DimensionSplit,
  named: readonly Contributor[],
  total: number,
): string {
  const clauses = named.map(({ label, part }) => {
    const byScore = Math.abs(part.score) >= Math.abs(part.mix);
    const parts = localized(locale, {
      en: `score effect ${signedText(locale, part.score)}, mix effect ${signedText(locale, part.mix)}`,
      ru: `эффект оценок ${signedText(locale, part.score)}, эффект структуры ${signedText(locale, part.mix)}`,
    });
    return byScore
      ? localized(locale, {
          en: `${label}: ${signedText(locale, part.total)} points, mainly its own score (${npsMove(locale, part)}; ${parts})`,
          ru: `${label}: ${signedText(locale, part.total)} п., главным образом за счёт оценок группы (${npsMove(locale, part)}; ${parts})`,
        })
      : localized(locale, {
          en: `${label}: ${signedText(locale, part.total)} points, mainly its share of the answers (${shareMove(locale, part)} at NPS ${numberText(locale, part.currentNps ?? part.previousNps ?? 0)}; ${parts})`,
          ru: `${label}: ${signedText(locale, part.total)} п., главным образом за счёт доли группы в ответах (${shareMove(locale, part)} при NPS ${numberText(locale, part.currentNps ?? part.previousNps ?? 0)}; ${parts})`,
        });
  });
  return localized(locale, {
    en: ` By ${split.dimension}, most of the ${signedText(locale, total)} points came from ${clauses.join("; then ")}.`,
    ru: ` По измерению «${dimensionText(split.dimension, locale)}» больше всего в изменение на ${signedText(locale, total)} п. внесла группа ${clauses.join("; затем ")}.`,
  });
}

/** Evidence lines: the dimension's split, then each named segment's parts with its scores and shares. */
function splitEvidence(locale: Locale, split: DimensionSplit, named: readonly Contributor[]): string[] {
  const { decomposition } = split;
  return [
    localized(locale, {
      en: `By ${split.dimension}: score effect ${signedText(locale, decomposition.score, 1)} + mix effect ${signedText(locale, decomposition.mix, 1)} = ${signedText(locale, decomposition.total, 1)} points (shift-share: Σ w1·(n1 − n0) + Σ (w1 − w0)·n0)`,
      ru: `По измерению «${dimensionText(split.dimension, locale)}»: эффект оценок ${signedText(locale, decomposition.score, 1)} + эффект структуры ${signedText(locale, decomposition.mix, 1)} = ${signedText(locale, decomposition.total, 1)} п. (сдвиг-доля: Σ w1·(n1 − n0) + Σ (w1 − w0)·n0)`,
    }),
    ...named.map(({ label, part }) =>
      localized(locale, {
        en: `${label}: ${signedText(locale, part.total, 1)} points = score ${signedText(locale, part.score, 1)} (${npsMove(locale, part)}) + mix ${signedText(locale, part.mix, 1)} (${shareMove(locale, part)})`,
        ru: `${label}: ${signedText(locale, part.total, 1)} п. = оценки ${signedText(locale, part.score, 1)} (${npsMove(locale, part)}) + структура ${signedText(locale, part.mix, 1)} (${shareMove(locale, part)})`,
      }),
    ),
  ];
}
