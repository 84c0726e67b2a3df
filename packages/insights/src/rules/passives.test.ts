import { silentLogger } from "@npskit/core";
import { describe, expect, it } from "vitest";
import { repeat, themeModel } from "../themes/__fixtures__/themeModel.js";
import { passives } from "./passives.js";

const RISING = {
  current: { promoters: 40, passives: 40, detractors: 20 },
  previous: { promoters: 50, passives: 30, detractors: 20 },
};
const COMMENTS = {
  detractors: repeat(10, "Not great"),
  passives: [
    ...repeat(8, "Missing a Jira integration"),
    ...repeat(4, "Pricing could be better"),
    ...repeat(8, "Good"),
  ],
  promoters: [...repeat(10, "Support answered in minutes"), ...repeat(10, "Good")],
};

describe("npskit:passives", () => {
  it("fires when passives are many and rising, naming what separates them from promoters", () => {
    const model = themeModel({ ...RISING, comments: COMMENTS });
    const drafts = passives().evaluate(model, { locale: "en", logger: silentLogger });
    expect(drafts).toHaveLength(1);
    const [draft] = drafts!;
    expect(draft).toMatchObject({ id: "passives", area: "product", subject: { kind: "overall" } });
    expect(draft!.rationale).toBe(
      "Passives are 40% of answers (40 of 100), up 10.0 points from the previous period (30%). What separates them from promoters: “Features”, “Price”, which passives raise more often.",
    );
    expect(draft!.evidence[0]).toBe(
      "“Features”: passives 8 of 20 comments (40%), promoters 0 of 20 comments (0%)",
    );
    const at = (id: string) =>
      `/insights/themes/${model.insights!.themes.findIndex((theme) => theme.id === id)}`;
    expect(draft!.references).toEqual(["/overall/shares", "/previous/shares", at("features"), at("price")]);
    expect(draft!.actions).toHaveLength(3);
  });

  it("speaks Russian", () => {
    const model = themeModel({ ...RISING, comments: COMMENTS, locale: "ru" });
    const [draft] = passives().evaluate(model, { locale: "ru", logger: silentLogger })!;
    expect(draft?.title).toBe("Превратите нейтральных в промоутеров: их 40\u00a0%, и доля растёт");
    expect(draft?.rationale).toContain("От промоутеров их отличают темы «Возможности», «Цена»");
  });

  it("still fires without a separating theme, asking passives directly (area communication)", () => {
    const model = themeModel({
      ...RISING,
      comments: { detractors: [], passives: repeat(5, "Good"), promoters: repeat(5, "Good") },
    });
    const [draft] = passives().evaluate(model, { locale: "en", logger: silentLogger })!;
    expect(draft?.area).toBe("communication");
    expect(draft?.actions).toHaveLength(2);
  });

  it.each([
    [
      "a small passive share",
      { promoters: 60, passives: 25, detractors: 15 },
      { promoters: 70, passives: 15, detractors: 15 },
    ],
    [
      "a falling passive share",
      { promoters: 40, passives: 40, detractors: 20 },
      { promoters: 30, passives: 50, detractors: 20 },
    ],
    [
      "a flat passive share",
      { promoters: 40, passives: 40, detractors: 20 },
      { promoters: 41, passives: 39, detractors: 20 },
    ],
    ["no previous period", { promoters: 40, passives: 40, detractors: 20 }, undefined],
  ])("stays silent on %s", (_, current, previous) => {
    const model = themeModel({
      current,
      ...(previous === undefined ? {} : { previous }),
      comments: COMMENTS,
    });
    expect(passives().evaluate(model, { locale: "en", logger: silentLogger })).toBeNull();
  });

  it("returns null without insights", () => {
    const model = themeModel({ ...RISING, comments: COMMENTS, withInsights: false });
    expect(passives().evaluate(model, { locale: "en", logger: silentLogger })).toBeNull();
  });
});
