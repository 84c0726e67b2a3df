import { describe, expect, it } from "vitest";
import { commentLanguage, wordLanguage } from "./textLanguage.js";

describe("wordLanguage", () => {
  it.each([
    ["цена", "ru"],
    ["price", "en"],
    ["jira", "en"],
    ["café", "en"],
    ["ελληνικά", undefined],
    ["価格", undefined],
  ])("%s → %s", (word, language) => {
    expect(wordLanguage(word)).toBe(language);
  });
});

describe("commentLanguage", () => {
  it.each([
    [{ text: "Too expensive" }, "en"],
    [{ text: "Слишком дорого" }, "ru"],
    [{ text: "Слишком дорого", locale: "en" }, "en"],
    [{ text: "Too expensive", locale: "ru-RU" }, "ru"],
    [{ text: "Нет интеграции с Jira", locale: "de" }, "ru"],
    [{ text: "The Jira integration is broken again, не работает" }, "en"],
    [{ text: "Интеграция с Jira не работает" }, "ru"],
    [{ text: "👍" }, "en"],
  ])("%j → %s", (comment, language) => {
    expect(commentLanguage(comment)).toBe(language);
  });
});
