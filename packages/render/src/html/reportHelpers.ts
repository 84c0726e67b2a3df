import type {
  Formatter,
  LabelStyle,
  ReportComparison,
  ReportInterval,
  ReportModel,
  ReportPeriod,
} from "@npskit/core";
import type Handlebars from "handlebars";
import { ChartFigure } from "../charts/chartFigure.js";
import { dimensionLabel } from "./dimensionLabel.js";
import { periodText } from "./periodText.js";
import { significanceMark } from "./significanceMark.js";
import type { TranslationParams, Translator } from "./translator.js";

/** What the helpers format with: the report's locale, its rounding, and its time zone. */
export interface HelperContext {
  readonly model: ReportModel;
  readonly t: Translator;
  readonly format: Formatter;
}

type Options = Handlebars.HelperOptions;

/**
 * The helpers of the report templates. Every one returns plain text, which `{{ }}` escapes, except `svg`:
 * it embeds a chart made by npskit's chart code (a {@link ChartFigure}) and refuses anything else, so no
 * text from the data can reach the page unescaped.
 *
 * - `t key [subkey…] name=value…` — a locale string, with plurals from `count`
 * - `integer n`, `number n [decimals]`, `nps n`, `signed n`, `percent n` (0..100), `share f` (0..1),
 *   `level l`, `pvalue p` — numbers with Intl and the report's rounding; null prints "—"
 * - `interval i` — "22 to 43"; `period p ["short"]`, `date iso`, `shortDate iso` — in the report's time zone
 * - `dimension name`, `segmentValue value` — a dimension's label, a segment value or "(not set)"
 * - `sig comparison` — "up"/"down" when a difference is significant, else "" (a CSS class suffix: the template
 *   draws the mark); `sigLabel comparison` — the same in words
 * - `alpha level` — the significance threshold of a confidence level (0.95 → "0.05")
 * - `eq a b`, `lt a b` — comparisons, for `{{#if (eq …)}}`; `add a b…` — a sum of numbers
 * - `svg chart` — the chart figure, unescaped
 */
export function reportHelpers(
  hbs: typeof Handlebars,
  ctx: HelperContext,
): Record<string, Handlebars.HelperDelegate> {
  const { t, format, model } = ctx;
  const decimals = model.method.rounding.decimals;
  const none = () => t("common.none");
  const timeZone = model.method.timeZone;
  const numeric = (name: string, value: unknown): number | null => {
    if (value === null) return null;
    if (typeof value !== "number" || !Number.isFinite(value)) {
      throw new TypeError(`helper "${name}" expects a number or null, got ${JSON.stringify(value)}`);
    }
    return value;
  };
  const numberHelper =
    (name: string, print: (value: number) => string) =>
    (value: unknown): string => {
      const n = numeric(name, value);
      return n === null ? none() : print(n);
    };
  return {
    t: (key: unknown, ...rest: unknown[]) => {
      const options = rest.pop() as Options;
      const parts = [key, ...rest].map(String);
      return t(parts.join("."), options.hash as TranslationParams);
    },
    integer: numberHelper("integer", format.integer),
    number: (value: unknown, ...rest: unknown[]) => {
      const digits = rest.length > 1 ? Number(rest[0]) : decimals;
      return numberHelper("number", (n) => format.decimal(n, digits))(value);
    },
    nps: numberHelper("nps", (n) => format.decimal(n, decimals)),
    signed: numberHelper("signed", (n) => format.signed(n, decimals)),
    percent: numberHelper("percent", (n) => format.percent(n, decimals)),
    share: numberHelper("share", (n) => format.share(n, decimals)),
    level: numberHelper("level", format.level),
    pvalue: numberHelper("pvalue", format.pValue),
    interval: (value: ReportInterval | null) =>
      value === null
        ? none()
        : t("common.interval", {
            low: format.decimal(value.low, decimals),
            high: format.decimal(value.high, decimals),
          }),
    period: (value: ReportPeriod, ...rest: unknown[]) => {
      const style: LabelStyle = rest.length > 1 && rest[0] === "short" ? "short" : "long";
      return periodText(value, model.locale, style);
    },
    date: (iso: string) => format.date(iso, timeZone),
    shortDate: (iso: string) => format.shortDate(iso, timeZone),
    dimension: (name: string) => dimensionLabel(t, name),
    segmentValue: (value: string | null) => (value === null || value === "" ? t("segments.noValue") : value),
    sig: (comparison: ReportComparison | null) => significanceMark(comparison),
    sigLabel: (comparison: ReportComparison | null) => {
      const mark = significanceMark(comparison);
      return mark === "" ? "" : t(mark === "up" ? "segments.significantUp" : "segments.significantDown");
    },
    alpha: numberHelper("alpha", (level) => format.decimal(1 - level, level > 0.99 ? 3 : 2)),
    eq: (a: unknown, b: unknown) => a === b,
    lt: (a: unknown, b: unknown) => (numeric("lt", a) ?? Number.NaN) < (numeric("lt", b) ?? Number.NaN),
    add: (...args: unknown[]) =>
      args
        .slice(0, -1)
        .reduce<number>((sum, value, index) => sum + (numeric(`add (argument ${index + 1})`, value) ?? 0), 0),
    svg: (chart: unknown) => {
      if (!(chart instanceof ChartFigure)) {
        throw new TypeError("the svg helper only embeds charts made by npskit's chart code");
      }
      return new hbs.SafeString(chart.toHtml());
    },
  };
}
