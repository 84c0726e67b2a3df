import { describe, expect, it } from "vitest";
import { codeSpan, escapeMarkdown } from "./escapeMarkdown.js";

describe("escapeMarkdown", () => {
  it.each([
    ["**bold** _it_ `code` ~~del~~", "\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\~\\~del\\~\\~"],
    ["<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"],
    ["a | b", "a \\| b"],
    ["line\nbreak\r\nhere", "line break here"],
    ["@team #12", "&#64;team &#35;12"],
    ["see http://evil.example and WWW.evil.example", "see http&#58;//evil.example and WWW&#46;evil.example"],
    ["[link](javascript:alert(1)) ![img](x)", "\\[link\\](javascript:alert(1)) !\\[img\\](x)"],
    ["back\\slash", "back\\\\slash"],
    ["in-app 1.5", "in-app 1.5"],
    ["Россия & СНГ", "Россия &amp; СНГ"],
  ])("%j → %j", (input, output) => {
    expect(escapeMarkdown(input)).toBe(output);
  });
});

describe("codeSpan", () => {
  it.each([
    ["nps-2026-10.quarantine.ndjson", "`nps-2026-10.quarantine.ndjson`"],
    ["a`b", "``a`b``"],
    ["`x`", "`` `x` ``"],
    ["two\nlines", "`two lines`"],
  ])("%j → %j", (input, output) => {
    expect(codeSpan(input)).toBe(output);
  });
});
