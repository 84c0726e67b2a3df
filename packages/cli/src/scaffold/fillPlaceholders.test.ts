import { describe, expect, it } from "vitest";
import { fillPlaceholders } from "./fillPlaceholders.js";

describe("fillPlaceholders", () => {
  it("replaces every placeholder, with or without inner spaces, and leaves other braces alone", () => {
    const text = 'export const {{camelName}}Source = f(() => ({ name: "{{ pluginName }}" }));';
    expect(fillPlaceholders(text, { camelName: "crm", pluginName: "acme:crm" }, "x.ts")).toBe(
      'export const crmSource = f(() => ({ name: "acme:crm" }));',
    );
  });

  it("fails on an unknown placeholder, naming the file", () => {
    expect(() => fillPlaceholders("{{packageNmae}}", { packageName: "x" }, "README.md.tmpl")).toThrow(
      "the template file README.md.tmpl uses an unknown placeholder {{packageNmae}}",
    );
  });

  it("does not take inherited object keys for values", () => {
    expect(() => fillPlaceholders("{{constructor}}", {}, "a")).toThrow("unknown placeholder {{constructor}}");
  });
});
