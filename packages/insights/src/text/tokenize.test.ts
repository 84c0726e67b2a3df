import { describe, expect, it } from "vitest";
import { tokenize } from "./tokenize.js";

describe("tokenize", () => {
  it.each([
    ["Too expensive for what it does", ["too", "expensive", "for", "what", "it", "does"]],
    ["Don’t like it", ["don't", "like", "it"]],
    ["It's 'fine'", ["it's", "fine"]],
    ["Всё работает стабильно", ["все", "работает", "стабильно"]],
    ["ЁЛКИ-палки", ["елки", "палки"]],
    ["Costs 1 990 ₽ per month, 24/7 support", ["costs", "per", "month", "support"]],
    ["Не хватает интеграции с 1С", ["не", "хватает", "интеграции", "с"]],
    ["mp3 export 👍👍", ["export"]],
    ["", []],
    ["   !!! ...", []],
    ["Café naïve", ["café", "naïve"]],
  ])("%j → %j", (text, words) => {
    expect(tokenize(text)).toEqual(words);
  });

  it("reads decomposed letters (NFD) as their composed form", () => {
    expect(tokenize("Cafe\u0301 и\u0306")).toEqual(["café", "й"]);
  });

  it("keeps markup as plain words: comments are data, never interpreted", () => {
    expect(tokenize('<script>alert("x")</script> {{price}}')).toEqual([
      "script",
      "alert",
      "x",
      "script",
      "price",
    ]);
  });
});
