import { validateReportModel } from "@npskit/core";
import { describe, expect, it } from "vitest";
import { commentsOf, repeat, themeModel } from "./__fixtures__/themeModel.js";
import { analyseThemes } from "./analyseThemes.js";

const UNIFORM = [
  "Too expensive for what it does",
  "Support answered quickly",
  "The app is slow sometimes",
  "Works fine",
];

function analyse(detractors: string[], passives: string[], promoters: string[], locale: "en" | "ru" = "en") {
  return analyseThemes({
    detractors: commentsOf(detractors, "detractors"),
    passives: commentsOf(passives, "passives"),
    promoters: commentsOf(promoters, "promoters"),
    locale,
  });
}

describe("analyseThemes", () => {
  it("counts mentions per category and orders by detractor share − promoter share", () => {
    const { themes } = analyse(
      [...repeat(6, "Too expensive for what it does"), ...repeat(4, "Support never replied")],
      repeat(5, "Pricing could be better"),
      [...repeat(8, "Support answered in minutes"), ...repeat(2, "Great value for money")],
    );
    expect(themes.map((theme) => theme.id)).toEqual(["price", "support"]);
    expect(themes[0]).toMatchObject({
      label: "Price",
      area: "communication",
      detractors: { mentions: 6, comments: 10, share: 0.6 },
      passives: { mentions: 5, comments: 5, share: 1 },
      promoters: { mentions: 2, comments: 10, share: 0.2 },
      terms: ["expensive", "pricing", "value for money"],
    });
    expect(themes[1]?.promoters).toEqual({ mentions: 8, comments: 10, share: 0.8 });
  });

  it.each(["дорого", "дорогой", "цены", "ценой", "Стоимость", "дороговато"])(
    "Russian %s matches the price theme",
    (word) => {
      const { themes } = analyse([`Очень ${word}, не нравится`], [], ["Всё отлично"], "ru");
      expect(themes.find((theme) => theme.id === "price")).toMatchObject({
        label: "Цена",
        detractors: { mentions: 1, comments: 1, share: 1 },
      });
    },
  );

  it("quotes: detractors first, at most three, distinct, longer ones first, PII masked", () => {
    const { themes } = analyse(
      [
        "Expensive",
        "Too expensive, call me +7 916 123-45-67",
        "Too expensive, call me +7 916 123-45-67",
        "Price hike again, mail ceo@example.com",
      ],
      [],
      ["Fair price for what we get"],
    );
    expect(themes[0]?.quotes.map((quote) => [quote.score, quote.text])).toEqual([
      [3, "Too expensive, call me [phone]"],
      [3, "Price hike again, mail [e-mail]"],
      [3, "Expensive"],
    ]);
  });

  it("finds distinctive words and makes a data-driven theme of an uncovered one", () => {
    const { themes, distinctiveTerms } = analyse(
      repeat(8, "The certificate renewal form is a nightmare", "Certificates keep failing"),
      [],
      repeat(16, "Great product overall"),
    );
    const certificate = distinctiveTerms.find((term) => term.term === "certificate");
    expect(certificate).toMatchObject({ detractorCount: 16, promoterCount: 0 });
    expect(certificate!.z).toBeGreaterThan(1.96);
    expect(distinctiveTerms.find((term) => term.term === "great")!.z).toBeLessThan(-1.96);
    const term = themes.find((theme) => theme.id.startsWith("term:"));
    expect(term).toMatchObject({ id: "term:certif", label: "certificate", area: "feedback" });
  });

  it("says nothing on no comments, and labels follow the locale", () => {
    expect(analyse([], [], [])).toEqual({ themes: [], distinctiveTerms: [] });
    expect(analyse(["Support was rude"], [], [], "ru").themes.map((theme) => theme.label)).toEqual([
      "Сотрудники", // a tie with "support" on share and mentions: ordered by id
      "Поддержка",
    ]);
  });

  it("is deterministic", () => {
    const input = [repeat(3, ...UNIFORM), repeat(2, ...UNIFORM), repeat(3, ...UNIFORM)] as const;
    expect(JSON.stringify(analyse(...input))).toBe(JSON.stringify(analyse(...input)));
  });

  it("keeps injection text as plain data and gives a valid report model", () => {
    const evil = '<script>alert("x")</script> {{{price}}} =HYPERLINK("http://evil") too expensive';
    const model = themeModel({
      current: { promoters: 10, passives: 5, detractors: 10 },
      comments: { detractors: [evil], passives: [], promoters: [] },
    });
    expect(model.insights?.themes[0]?.quotes[0]?.text).toBe(
      '<script>alert("x")</script> {{{price}}} =HYPERLINK("[link]") too expensive',
    );
    expect(validateReportModel(JSON.parse(JSON.stringify(model))).valid).toBe(true);
  });
});
