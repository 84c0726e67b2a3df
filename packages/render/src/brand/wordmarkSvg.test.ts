import { describe, expect, it } from "vitest";
import { wordmarkSvg } from "./wordmarkSvg.js";

const colors = { primary: "#1f4e79", accent: "#f28c28" };
const widthOf = (svg: string) => Number(/viewBox="0 0 (\d+) 40"/.exec(svg)?.[1]);

describe("wordmarkSvg", () => {
  it("draws the name as paths, in Latin and Cyrillic, with no text element", () => {
    const svg = wordmarkSvg({ name: "Acme — Аналитика", ...colors });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).not.toContain("<text");
    // One path per visible glyph (spaces draw nothing), plus the mark's line.
    expect(svg.match(/<path /g)).toHaveLength("Acme—Аналитика".length + 1);
    expect(svg).toContain('aria-label="Acme — Аналитика"');
  });

  it("is as wide as the name needs", () => {
    expect(widthOf(wordmarkSvg({ name: "Acme Corporation", ...colors }))).toBeGreaterThan(
      widthOf(wordmarkSvg({ name: "Acme", ...colors })) + 100,
    );
  });

  it("escapes the name and is deterministic", () => {
    const svg = wordmarkSvg({ name: 'A<b>&"', ...colors });
    expect(svg).toContain("<title>A&#60;b&#62;&#38;&#34;</title>");
    expect(wordmarkSvg({ name: "Acme", ...colors })).toBe(wordmarkSvg({ name: "Acme", ...colors }));
  });
});
