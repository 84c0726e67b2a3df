import type { Formatter } from "@npskit/core";
import { type ReportModel, roundHalfAwayFromZero } from "@npskit/core";
import { comparisonText, type Direction, pointsText } from "./comparisonText.js";
import { periodText } from "./periodText.js";
import type { Translator } from "./translator.js";

/** The cover's key figures, as display text (the template only places them). */
export interface Headline {
  /** Displayed NPS, or "—" when nothing was answered. */
  readonly nps: string;
  readonly hasAnswers: boolean;
  /** "95% confidence interval 22 to 43", or null without answers. */
  readonly interval: string | null;
  /** Answered responses as a number, and the words after it. */
  readonly answered: string;
  readonly answeredLabel: string;
  /** "plus 13 without a score", or null when every response had a score. */
  readonly unanswered: string | null;
  readonly change: {
    readonly value: string;
    readonly direction: Direction;
    readonly significant: boolean;
    /** "vs September 2026: 16". */
    readonly versus: string;
    /** "Statistically significant (p = 0.03)". */
    readonly significance: string;
  } | null;
  /** Why there is no change to show, e.g. "No answers in September 2026 to compare with". */
  readonly noChange: string | null;
  readonly target: {
    readonly value: string;
    readonly status: string;
    readonly direction: "above" | "below" | "met";
  } | null;
}

/** Builds the {@link Headline} from the model's numbers and the locale's words. */
export function headline(model: ReportModel, t: Translator, format: Formatter): Headline {
  const decimals = model.method.rounding.decimals;
  const { overall } = model;
  const level = format.level(model.method.interval.level);
  const previousLabel = periodText(model.previousPeriod, model.locale);
  let change: Headline["change"] = null;
  if (model.change !== null && model.previous !== null && model.previous.displayed !== null) {
    const words = comparisonText(model.change, t, format, decimals);
    change = {
      value: format.signed(model.change.difference, decimals),
      direction: words.direction,
      significant: model.change.significant,
      versus: t("cover.changeVersus", {
        period: previousLabel,
        previous: format.decimal(model.previous.displayed, decimals),
      }),
      significance: t(model.change.significant ? "cover.changeSignificant" : "cover.changeNotSignificant", {
        p: words.p,
      }),
    };
  }
  let target: Headline["target"] = null;
  if (model.target !== null && overall.displayed !== null) {
    const gap = roundHalfAwayFromZero(overall.displayed - model.target, decimals);
    const direction = gap === 0 ? "met" : gap > 0 ? "above" : "below";
    const points = pointsText(Math.abs(gap), t, format, decimals);
    target = {
      value: format.decimal(model.target, decimals),
      direction,
      status:
        direction === "met"
          ? t("cover.targetStatusMet")
          : t(direction === "above" ? "cover.targetStatusAbove" : "cover.targetStatusBelow", { points }),
    };
  }
  return {
    nps: overall.displayed === null ? t("common.none") : format.decimal(overall.displayed, decimals),
    hasAnswers: overall.displayed !== null,
    interval:
      overall.interval === null
        ? null
        : t("cover.interval", {
            level,
            low: format.decimal(overall.interval.low, decimals),
            high: format.decimal(overall.interval.high, decimals),
          }),
    answered: format.integer(overall.answered),
    answeredLabel: t("cover.answeredLabel", { count: overall.answered }),
    unanswered: overall.unanswered === 0 ? null : t("cover.unanswered", { count: overall.unanswered }),
    change,
    noChange:
      change !== null
        ? null
        : overall.displayed === null
          ? t("cover.noAnswers")
          : t("cover.noPrevious", { period: previousLabel }),
    target,
  };
}
