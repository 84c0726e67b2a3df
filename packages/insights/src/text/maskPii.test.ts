import { describe, expect, it } from "vitest";
import { maskPii } from "./maskPii.js";

describe("maskPii", () => {
  it.each([
    ["Write to ivan.petrov+nps@example.co.uk please", "Write to [e-mail] please"],
    ["Пишите: ольга@пример.рф", "Пишите: [e-mail]"],
    ["Call +7 916 123-45-67 today", "Call [phone] today"],
    ["Call 8 (916) 123-45-67", "Call [phone]"],
    ["My number is (555) 010-9999.", "My number is [phone]."],
    ["call 5550199", "call [phone]"],
    ["Card 4111 1111 1111 1111 was charged twice", "Card [number] was charged twice"],
    ["Account 40817810099910004312!", "Account [number]!"],
    ["See https://example.com/ticket?id=42, again.", "See [link], again."],
    ["www.example.com is down", "[link] is down"],
    ["On 2026-10-15 and 15.10.2026 it failed", "On 2026-10-15 and 15.10.2026 it failed"],
    ["It costs 1 500 000 a year", "It costs 1 500 000 a year"],
    ["Waited 45 minutes, ticket 123456", "Waited 45 minutes, ticket 123456"],
    ["Version 3.2.1 broke it", "Version 3.2.1 broke it"],
    ["No personal data here", "No personal data here"],
  ])("en: %s", (text, masked) => {
    expect(maskPii(text, "en")).toBe(masked);
  });

  it.each([
    ["Позвоните +7 (916) 123-45-67", "Позвоните [телефон]"],
    ["Карта 4111 1111 1111 1111 не прошла", "Карта [номер] не прошла"],
    ["Почта ivan@example.ru, сайт https://пример.рф", "Почта [e-mail], сайт [ссылка]"],
  ])("ru: %s", (text, masked) => {
    expect(maskPii(text, "ru")).toBe(masked);
  });

  it("is deterministic and idempotent", () => {
    const text = "mail a@b.io, call +1 202 555 0143, card 5500 0000 0000 0004";
    const once = maskPii(text, "en");
    expect(once).toBe("mail [e-mail], call [phone], card [number]");
    expect(maskPii(once, "en")).toBe(once);
  });

  it("leaves markup and template syntax as text (templates escape it)", () => {
    const text = '<img src=x onerror="alert(1)"> {{{body}}} =HYPERLINK("x")';
    expect(maskPii(text, "en")).toBe(text);
  });
});
