import { describe, expect, it } from "vitest";
import { validateBrand } from "./validateBrand.js";

describe("validateBrand", () => {
  it("accepts a minimal brand and a complete one", () => {
    expect(validateBrand({ name: "Acme" })).toEqual([]);
    expect(
      validateBrand({
        $schema: "./brand.schema.json",
        name: "Northwind Analytics",
        logo: "logo.SVG",
        colors: {
          primary: "#0f3b57",
          accent: "#C7782A",
          promoter: "#2a8a6e",
          passive: "#b9bec7",
          detractor: "#c4513f",
        },
        font: "PT Sans",
        pageSize: "Letter",
        locale: "ru",
        footer: "Confidential",
      }),
    ).toEqual([]);
    expect(
      validateBrand({ name: "Acme", font: "fonts/Acme-Regular.woff2", fontBold: "fonts/Acme-Bold.ttf" }),
    ).toEqual([]);
  });

  it("names every bad key with what was expected", () => {
    expect(
      validateBrand({
        name: "",
        logo: "logo.gif",
        colors: { primary: "red", accent: "#12345", promoter: "#1234567", pasive: "#000000" },
        font: "Comic Sans",
        fontBold: "bold.otf",
        pageSize: "A3",
        locale: "de",
        footer: "x".repeat(201),
        colour: "#000000",
      }),
    ).toMatchInlineSnapshot(`
      [
        {
          "message": "is not a known property (did you mean "colors"?)",
          "pointer": "colour",
        },
        {
          "message": "must not be empty",
          "pointer": "name",
        },
        {
          "message": "must be the path of an .svg or .png file (got "logo.gif")",
          "pointer": "logo",
        },
        {
          "message": "is not a known property (did you mean "passive"?)",
          "pointer": "colors.pasive",
        },
        {
          "message": "must be a colour as #rrggbb, like "#1b365d" (got "red")",
          "pointer": "colors.primary",
        },
        {
          "message": "must be a colour as #rrggbb, like "#1b365d" (got "#12345")",
          "pointer": "colors.accent",
        },
        {
          "message": "must be a colour as #rrggbb, like "#1b365d" (got "#1234567")",
          "pointer": "colors.promoter",
        },
        {
          "message": "must be "Inter", "PT Sans", "Noto Sans" or the path of a .woff2, .woff or .ttf file (got "Comic Sans")",
          "pointer": "font",
        },
        {
          "message": "must be the path of a .woff2, .woff or .ttf file (got "bold.otf")",
          "pointer": "fontBold",
        },
        {
          "message": "must be one of "A4", "Letter" (got "A3")",
          "pointer": "pageSize",
        },
        {
          "message": "must be one of "en", "ru" (got "de")",
          "pointer": "locale",
        },
        {
          "message": "must have at most 200 characters (got 201)",
          "pointer": "footer",
        },
      ]
    `);
  });

  it("refuses CSS in a colour: only #rrggbb is allowed into the stylesheet", () => {
    expect(
      validateBrand({ name: "Acme", colors: { primary: "red;background:url(http://x/)" } }),
    ).toMatchInlineSnapshot(`
      [
        {
          "message": "must be a colour as #rrggbb, like "#1b365d" (got "red;background:url(http://x/)")",
          "pointer": "colors.primary",
        },
      ]
    `);
  });

  it("says what a brand file must be when it is not an object", () => {
    expect(validateBrand(["Acme"])).toMatchInlineSnapshot(`
      [
        {
          "message": "must be an object (got ["Acme"])",
          "pointer": "",
        },
      ]
    `);
    expect(validateBrand({})).toMatchInlineSnapshot(`
      [
        {
          "message": "is required (for example "Northwind Analytics")",
          "pointer": "name",
        },
      ]
    `);
  });
});
