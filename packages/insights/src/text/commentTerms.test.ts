import { describe, expect, it } from "vitest";
import { commentTerms } from "./commentTerms.js";

describe("commentTerms", () => {
  it.each([
    [{ text: "The prices are not fair", locale: "en" }, ["price", "not", "fair"]],
    [{ text: "Цены слишком высокие, не нравится" }, ["цен", "слишк", "высок", "не", "нрав"]],
    [{ text: "Нет интеграции с Jira", locale: "ru" }, ["нет", "интеграц", "jira"]],
    [{ text: "Great 価格", locale: "en" }, ["great", "価格"]],
    [{ text: "the and of" }, []],
  ])("%j → %j", (comment, stems) => {
    expect(commentTerms(comment).map((term) => term.stem)).toEqual(stems);
  });

  it("keeps the written word beside its stem", () => {
    expect(commentTerms({ text: "Pricing!" })).toEqual([{ stem: "price", word: "pricing" }]);
  });
});
