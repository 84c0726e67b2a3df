import { describe, expect, it } from "vitest";
import { stem } from "./stem.js";

describe("stem", () => {
  it.each([
    ["price", "price"],
    ["prices", "price"],
    ["pricing", "price"],
    ["expensive", "expens"],
    ["crashed", "crash"],
    ["crashes", "crash"],
    ["replied", "repli"],
    ["don't", "don't"],
  ])("en %s → %s", (word, expected) => {
    expect(stem(word, "en")).toBe(expected);
  });

  it.each([
    ["цена", "цен"],
    ["цены", "цен"],
    ["ценой", "цен"],
    ["стоимость", "стоимост"],
    ["стоимости", "стоимост"],
    ["дорогой", "дорог"],
    ["дорогая", "дорог"],
    ["дорого", "дор"],
    ["поддержка", "поддержк"],
    ["поддержки", "поддержк"],
    ["тормозит", "тормоз"],
  ])("ru %s → %s", (word, expected) => {
    expect(stem(word, "ru")).toBe(expected);
  });
});
