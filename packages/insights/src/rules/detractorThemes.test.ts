import { silentLogger, validateReportModel } from "@npskit/core";
import { describe, expect, it } from "vitest";
import { repeat, themeModel } from "../themes/__fixtures__/themeModel.js";
import { detractorThemes } from "./detractorThemes.js";

const MIX = { promoters: 40, passives: 20, detractors: 40 };
const PRICE = {
  detractors: [...repeat(8, "Too expensive for what it does"), ...repeat(12, "Works, nothing special")],
  passives: repeat(10, "Fine overall"),
  promoters: repeat(20, "Works, nothing special"),
};

describe("npskit:detractor-themes", () => {
  it("fires on price when detractors complain about it and promoters do not", () => {
    const model = themeModel({ current: MIX, comments: PRICE });
    const drafts = detractorThemes().evaluate(model, { locale: "en", logger: silentLogger });
    expect(drafts).toHaveLength(1);
    const [price] = drafts!;
    expect(price).toMatchObject({
      id: "detractor-theme/price",
      area: "communication",
      subject: { kind: "theme", name: "price" },
      references: ["/insights/themes/0"],
      title: "Address the price concerns of detractors",
    });
    expect(price!.rationale).toBe(
      "Theme “Price”: detractors 8 of 20 comments (40%), promoters 0 of 20 comments (0%) — a gap of 40 points, statistically significant (z = 3.2, p = 0.002). If these detractors became passives, NPS would rise by about 16.0 points.",
    );
    expect(price!.evidence).toContain("“Too expensive for what it does” — detractor, score 3");
    expect(price!.actions.length).toBeGreaterThanOrEqual(2);
    expect(price!.actions.length).toBeLessThanOrEqual(4);
    const withDraft = { ...model, recommendations: [{ ...price!, rule: "npskit:detractor-themes" }] };
    expect(validateReportModel(JSON.parse(JSON.stringify(withDraft))).valid).toBe(true);
  });

  it("speaks Russian", () => {
    const model = themeModel({
      current: MIX,
      locale: "ru",
      comments: {
        detractors: [
          ...repeat(2, "Слишком дорого", "Цены выросли", "Дорогой тариф", "Не устраивает ценой"),
          ...repeat(12, "Нормально"),
        ],
        passives: [],
        promoters: repeat(20, "Нормально"),
      },
    });
    const [price] = detractorThemes().evaluate(model, { locale: "ru", logger: silentLogger })!;
    expect(price?.title).toBe("Снимите вопросы критиков к цене");
    expect(price?.rationale).toMatch(/^Тема «Цена»: у критиков 8 из 20 комментариев \(40\u00a0%\)/);
  });

  it.each([
    [
      "a uniform comment mix",
      {
        detractors: repeat(5, "Too expensive", "Support is slow"),
        passives: [],
        promoters: repeat(5, "Too expensive", "Support is slow"),
      },
    ],
    [
      "too few mentions",
      {
        detractors: [...repeat(4, "Too expensive"), ...repeat(16, "Fine")],
        passives: [],
        promoters: repeat(20, "Fine"),
      },
    ],
    [
      "no promoter comments to compare with",
      { detractors: repeat(10, "Too expensive"), passives: [], promoters: [] },
    ],
    ["no comments", { detractors: [], passives: [], promoters: [] }],
  ])("stays silent on %s", (_, comments) => {
    const model = themeModel({ current: MIX, comments });
    expect(detractorThemes().evaluate(model, { locale: "en", logger: silentLogger }) ?? []).toEqual([]);
  });

  it("returns null without insights", () => {
    const model = themeModel({ current: MIX, comments: PRICE, withInsights: false });
    expect(detractorThemes().evaluate(model, { locale: "en", logger: silentLogger })).toBeNull();
  });

  it("names at most `max` themes, most points at stake first, with a lexicon's own actions", () => {
    const model = themeModel({
      current: MIX,
      comments: {
        detractors: [
          ...repeat(10, "The app crashed and I lost data"),
          ...repeat(6, "Too expensive"),
          ...repeat(4, "ok fine"),
        ],
        passives: [],
        promoters: repeat(20, "ok fine"),
      },
    });
    const lexicon = {
      themes: [
        {
          id: "reliability",
          label: { en: "R", ru: "Н" },
          area: "product" as const,
          terms: { en: ["crash"] },
          actions: { en: ["One", "Two"] },
        },
      ],
    };
    const drafts = detractorThemes({ max: 1, lexicon }).evaluate(model, {
      locale: "en",
      logger: silentLogger,
    })!;
    expect(drafts.map((draft) => [draft.id, draft.actions])).toEqual([
      ["detractor-theme/reliability", ["One", "Two"]],
    ]);
  });
});
