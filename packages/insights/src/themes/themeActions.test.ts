import { describe, expect, it } from "vitest";
import { defaultThemeLexicon } from "./defaultThemeLexicon.js";
import { themeActions } from "./themeActions.js";
import { themeTitle } from "./themeTitle.js";

describe("themeActions and themeTitle", () => {
  it.each(
    defaultThemeLexicon.themes.flatMap((theme) =>
      (["en", "ru"] as const).map((locale) => [theme.id, theme.area, locale] as const),
    ),
  )("built-in theme %s (%s, %s) has its own title and 2–4 actions", (id, area, locale) => {
    const actions = themeActions(id, area, locale);
    expect(actions.length).toBeGreaterThanOrEqual(2);
    expect(actions.length).toBeLessThanOrEqual(4);
    expect(themeTitle(id, "x", locale)).not.toContain("«x»");
    expect(themeTitle(id, "x", locale)).not.toContain("“x”");
  });

  it.each([
    ["term:certif", "feedback", "en", "Read the comments with this word and decide what it is about"],
    ["custom", "training", "ru", "Разберите описанные ситуации с руководителями групп"],
  ] as const)("%s falls back to its area (%s, %s)", (id, area, locale, first) => {
    expect(themeActions(id, area, locale)[0]).toBe(first);
  });

  it("a lexicon's own actions win", () => {
    const lexicon = {
      themes: [
        {
          id: "price",
          label: { en: "P", ru: "Ц" },
          area: "product" as const,
          terms: {},
          actions: { ru: ["Раз", "Два"] },
        },
      ],
    };
    expect(themeActions("price", "product", "ru", lexicon)).toEqual(["Раз", "Два"]);
    expect(themeActions("price", "product", "en", lexicon)[0]).toMatch(/^Check whether/);
  });
});
