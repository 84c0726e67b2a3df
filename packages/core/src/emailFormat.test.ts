import { describe, expect, it } from "vitest";
import { isEmail } from "./emailFormat.js";

describe("isEmail", () => {
  it.each([
    ["anna@example.com"],
    ["anna.petrova+nps@mail.example.co.uk"],
    ["o'brien@example.ie"],
    ["анна@пример.рф"],
    ["a@b.c"],
  ])("accepts %s", (value) => {
    expect(isEmail(value)).toBe(true);
  });

  it.each([
    ["anna@example", "no dot in the domain"],
    ["anna.example.com", "no @"],
    ["anna@@example.com", "two @"],
    ["anna@exa@mple.com", "an @ in the domain"],
    ["anna @example.com", "a space"],
    ["anna@example.com ", "a trailing space"],
    ["@example.com", "nothing before @"],
    ["anna@.example.com", "a domain starting with a dot"],
    ["anna@example.com.", "a domain ending with a dot"],
    ["anna@example..com", "two dots in a row"],
    ["", "nothing"],
    ["Anna Petrova", "a name in the e-mail column"],
  ])("rejects %j (%s)", (value) => {
    expect(isEmail(value)).toBe(false);
  });
});
