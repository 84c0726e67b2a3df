import { describe, expect, it } from "vitest";
import { COLUMN_ALIASES, normalizeHeader } from "./columnAliases.js";

describe("normalizeHeader", () => {
  it.each([
    [" Submitted_At ", "submittedat"],
    ["E-mail", "email"],
    ["NPS\u00a0score", "npsscore"],
    ["Дата Ответа", "датаответа"],
    ["resp.id", "respid"],
    ["Why?", "why"],
    ["Оценка (0–10)", "оценка"],
    ["NPS score (0-10), please", "npsscoreplease"],
    ["№", "№"],
  ])("%j → %j", (name, normalized) => {
    expect(normalizeHeader(name)).toBe(normalized);
  });

  it("holds aliases in normalised form, each for one field only", () => {
    const all = Object.values(COLUMN_ALIASES).flat();
    expect(all.filter((alias) => normalizeHeader(alias) !== alias)).toEqual([]);
    expect(new Set(all).size).toBe(all.length);
  });
});
