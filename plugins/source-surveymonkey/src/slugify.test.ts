import { describe, expect, it } from "vitest";
import { slugify } from "./slugify.js";

describe("slugify", () => {
  it.each([
    ["Which region are you in?", "which-region-are-you-in"],
    ["В каком городе вы живёте?", "в-каком-городе-вы-живёте"],
    ["Custom Data 1", "custom-data-1"],
    ["  Plan / tier (2026)  ", "plan-tier-2026"],
    ["???", "segment"],
    [
      "Thinking about the last time you contacted our support team by phone, chat or e-mail, how was it?",
      "thinking-about-the-last-time-you-contacted-our-support-team-by",
    ],
  ])("%j → %j", (text, slug) => {
    expect(slugify(text)).toBe(slug);
    expect(slug.length).toBeLessThanOrEqual(64);
  });
});
