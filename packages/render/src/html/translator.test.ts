import { createFormatter } from "@npskit/core";
import { describe, expect, it } from "vitest";
import { createTranslator } from "./translator.js";

const ru = createTranslator(
  {
    answers: {
      one: "{count} ответ",
      few: "{count} ответа",
      many: "{count} ответов",
      other: "{count} ответа",
    },
    points: {
      one: "{points} пункт",
      few: "{points} пункта",
      many: "{points} пунктов",
      other: "{points} пункта",
    },
    nested: { greeting: "Привет, {name}!" },
  },
  createFormatter("ru"),
);
const en = createTranslator(
  { answers: { one: "{count} response", other: "{count} responses" }, plain: "NPS {nps}" },
  createFormatter("en"),
);

describe("createTranslator", () => {
  it.each([
    [1, "1 ответ"],
    [2, "2 ответа"],
    [5, "5 ответов"],
    [11, "11 ответов"],
    [21, "21 ответ"],
    [22, "22 ответа"],
    [1234, "1\u00a0234 ответа"],
  ])("picks the Russian plural of %i with Intl.PluralRules", (count, text) => {
    expect(ru("answers", { count })).toBe(text);
  });

  it("uses 'other' for fractions in Russian", () => {
    expect(ru("points", { count: 1.5, points: "1,5" })).toBe("1,5 пункта");
  });

  it("picks English plurals", () => {
    expect([en("answers", { count: 1 }), en("answers", { count: 2 }), en("answers", { count: 21 })]).toEqual([
      "1 response",
      "2 responses",
      "21 responses",
    ]);
  });

  it("interpolates strings as given and numbers formatted for the locale", () => {
    expect(ru("nested.greeting", { name: "<b>Анна</b>" })).toBe("Привет, <b>Анна</b>!");
    expect(en("plain", { nps: 2392 })).toBe("NPS 2,392");
  });

  it("does not end a sentence with two full stops when a value brings its own", () => {
    expect(ru("nested.greeting", { name: "2026 г." })).toBe("Привет, 2026 г.!");
    const t = createTranslator({ done: "Готово {date}." }, createFormatter("ru"));
    expect(t("done", { date: "2 ноября 2026 г." })).toBe("Готово 2 ноября 2026 г.");
  });

  it("throws on a missing key, a missing parameter, or a plural without count", () => {
    expect(() => en("nope")).toThrow('missing locale string "nope" (en)');
    expect(() => en("plain")).toThrow('locale string "plain" needs the parameter "nps"');
    expect(() => en("answers")).toThrow('locale string "answers" needs a numeric count');
  });

  it("does not reach into the prototype chain", () => {
    expect(en.has("constructor")).toBe(false);
    expect(en.has("answers.toString")).toBe(false);
    expect(() => en("__proto__")).toThrow("missing locale string");
  });
});
