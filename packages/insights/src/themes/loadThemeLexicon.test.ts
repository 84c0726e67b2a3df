import { fileURLToPath } from "node:url";
import { ConfigError, InputError } from "@npskit/core";
import { describe, expect, it } from "vitest";
import { analyseThemes } from "./analyseThemes.js";
import { defaultThemeLexicon } from "./defaultThemeLexicon.js";
import { loadThemeLexicon } from "./loadThemeLexicon.js";

const fixture = (name: string) => fileURLToPath(new URL(`./__fixtures__/lexicons/${name}`, import.meta.url));

describe("loadThemeLexicon", () => {
  it("adds themes, replaces a built-in one in place and disables by id", async () => {
    const lexicon = await loadThemeLexicon(fixture("custom.json"));
    const ids = lexicon.themes.map((theme) => theme.id);
    expect(ids).toEqual([
      ...defaultThemeLexicon.themes.map((theme) => theme.id).filter((id) => id !== "delivery"),
      "certificates",
    ]);
    expect(lexicon.themes[0]).toMatchObject({ id: "price", label: { en: "Cost" }, area: "product" });
    const { themes } = analyseThemes({
      detractors: [
        {
          id: "1",
          score: 2,
          text: "Сертификаты опять просрочены",
          submittedAt: "2026-10-01T00:00:00Z",
          segments: {},
        },
      ],
      passives: [],
      promoters: [],
      locale: "en",
      lexicon,
    });
    expect(themes.map((theme) => theme.id)).toEqual(["certificates"]);
  });

  it("names every bad key, with the file", async () => {
    const error = await loadThemeLexicon(fixture("bad.json")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect(error).toMatchObject({ code: "NPSKIT_E_CONFIG", location: { file: fixture("bad.json") } });
    const pointers = (error as ConfigError).issues.map((issue) => issue.pointer);
    expect(pointers).toEqual(
      expect.arrayContaining([
        "/themes/0/id",
        "/themes/0/label/ru",
        "/themes/0/area",
        "/themes/0/colour",
        "/themes/0/terms",
      ]),
    );
  });

  it("fails with an input error for a missing file", async () => {
    const error = await loadThemeLexicon(fixture("missing.json")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe("NPSKIT_E_INPUT");
  });
});
