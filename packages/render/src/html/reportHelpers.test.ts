import Handlebars from "handlebars";
import { describe, expect, it } from "vitest";
import { fixtureModel } from "../../test/fixtureModel.js";
import { reportContext } from "../../test/reportContext.js";
import { distributionChart } from "../charts/distributionChart.js";
import { reportHelpers } from "./reportHelpers.js";

/** Renders `source` with the report helpers for the en or ru fixture, in strict mode like the real templates. */
async function render(
  locale: "en" | "ru",
  source: string,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const ctx = await reportContext(fixtureModel(locale));
  const hbs = Handlebars.create();
  hbs.registerHelper(reportHelpers(hbs, ctx));
  return hbs.compile(source, { strict: true })({ model: ctx.model, ...extra });
}

const FORMATS = [
  "nps={{nps model.overall.displayed}}",
  "exact={{number model.overall.nps 2}}",
  "signed={{signed model.change.difference}}",
  "negative={{signed model.segments.0.rows.1.differenceFromOverall}}",
  "percent={{percent model.overall.displayedShares.promoters}}",
  "share={{share model.overall.shares.detractors}}",
  "integer={{integer model.dataQuality.read}}",
  "interval={{interval model.overall.interval}}",
  "level={{level model.method.interval.level}}",
  "alpha={{alpha model.method.interval.level}}",
  "p={{pvalue model.change.p}}",
  "period={{period model.period}}",
  'short={{period model.previousPeriod "short"}}',
  "date={{date model.generatedAt}}",
  "shortDate={{shortDate model.comments.promoter.0.submittedAt}}",
  "dimension={{dimension model.segments.0.dimension}}",
  'unknownDimension={{dimension "sales team"}}',
  "noValue={{segmentValue null}}",
  "none={{nps null}}",
  'plural={{t "units.answered" count=model.overall.answered}}',
  'subkey={{t "categories" "detractor" "plural"}}',
  'nested={{t "cover.targetAbove" points=(t "units.points" count=3 points="3") target=30}}',
].join("\n");

describe("report helpers", () => {
  it("format numbers, intervals, periods and dates in English", async () => {
    expect(await render("en", FORMATS)).toMatchInlineSnapshot(`
      "nps=33
      exact=33.16
      signed=+17
      negative=−14
      percent=51%
      share=18%
      integer=2,392
      interval=22 to 43
      level=95%
      alpha=0.05
      p=0.03
      period=October 2026
      short=Sep 2026
      date=November 2, 2026
      shortDate=Oct 28, 2026
      dimension=Region
      unknownDimension=sales team
      noValue=(not set)
      none=—
      plural=196 answered responses
      subkey=Detractors
      nested=3 points above the target of 30"
    `);
  });

  it("format them in Russian, with no-break spaces, commas and Russian plurals", async () => {
    expect(await render("ru", FORMATS)).toMatchInlineSnapshot(`
      "nps=33
      exact=33,16
      signed=+17
      negative=−14
      percent=51 %
      share=18 %
      integer=2 392
      interval=от 22 до 43
      level=95 %
      alpha=0,05
      p=0,03
      period=октябрь 2026 г.
      short=сент. 2026 г.
      date=2 ноября 2026 г.
      shortDate=28 окт. 2026 г.
      dimension=Регион
      unknownDimension=sales team
      noValue=(не указано)
      none=—
      plural=196 ответов с оценкой
      subkey=Критики
      nested=На 3 пункта выше цели 30"
    `);
  });

  it.each([
    [1, "1 пункт"],
    [2, "2 пункта"],
    [5, "5 пунктов"],
    [21, "21 пункт"],
  ])("t picks the Russian plural for %i", async (count, text) => {
    expect(await render("ru", `{{t "units.points" count=${count} points="${count}"}}`)).toBe(text);
  });

  it("marks only significant differences, with the direction", async () => {
    const significant = { difference: 12, se: 4, z: 3, p: 0.002, significant: true, interval: {} };
    expect(
      await render("en", "[{{sig up}}][{{sig down}}][{{sig flat}}][{{sig none}}] {{sigLabel up}}", {
        up: significant,
        down: { ...significant, difference: -9 },
        flat: { ...significant, significant: false },
        none: null,
      }),
    ).toBe("[up][down][][] significantly above the rest");
  });

  it("escape what they return", async () => {
    expect(
      await render("en", '{{segmentValue value}}|{{t "cover.scope" dimension=value value=value}}', {
        value: "<b>&",
      }),
    ).toBe("&lt;b&gt;&amp;|&lt;b&gt;&amp;: &lt;b&gt;&amp;");
  });

  it("svg embeds a chart figure made by npskit, and refuses anything else", async () => {
    const chart = distributionChart(await reportContext(fixtureModel("en")));
    expect(await render("en", "{{svg chart}}", { chart })).toBe(chart.toHtml());
    await expect(render("en", "{{svg text}}", { text: "<svg onload=alert(1)>" })).rejects.toThrow(
      "the svg helper only embeds charts made by npskit's chart code",
    );
  });

  it("refuse values of the wrong type rather than print them", async () => {
    await expect(render("en", '{{nps "33"}}')).rejects.toThrow(
      'helper "nps" expects a number or null, got "33"',
    );
  });
});
