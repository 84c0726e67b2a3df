import { InvalidArgumentError } from "@npskit/core";
import { describe, expect, it } from "vitest";
import { checkFileNamePattern, fileNameFor, outputFile } from "./outputFile.js";

describe("fileNameFor", () => {
  it.each<[string, Record<string, string>, string]>([
    ["nps-{period}.pdf", {}, "nps-2026-10.pdf"],
    ["nps-{period}-{scope}.pdf", {}, "nps-2026-10-all.pdf"],
    ["nps-{period}-{scope}.pdf", { region: "EU" }, "nps-2026-10-EU.pdf"],
    ["nps-{period}-{scope}.pdf", { region: "EU", plan: "Pro" }, "nps-2026-10-Pro-EU.pdf"],
    ["nps-{period}-{scope}.pdf", { region: "Москва" }, "nps-2026-10-Москва.pdf"],
    ["nps-{period}-{scope}.pdf", { region: "../../etc/passwd" }, "nps-2026-10-_etc_passwd.pdf"],
    ["nps-{period}-{scope}.pdf", { region: ".hidden" }, "nps-2026-10-_hidden.pdf"],
    ["nps-{period}-{scope}.pdf", { region: "EU / West" }, "nps-2026-10-EU_West.pdf"],
    ["nps-{period}-{scope}.pdf", { region: "" }, "nps-2026-10-_.pdf"],
    ["nps-{period}-{scope}.pdf", { region: "a..b" }, "nps-2026-10-a_b.pdf"],
    ["reports/{scope}/nps-{period}.pdf", { region: "EU" }, "reports/EU/nps-2026-10.pdf"],
  ])("%s with scope %j → %s", (pattern, scope, expected) => {
    expect(fileNameFor(pattern, { period: { key: "2026-10" }, scope })).toBe(expected);
  });
});

describe("checkFileNamePattern", () => {
  it.each([["nps-{period}.pdf"], ["{scope}/{period}.PDF"]])("accepts %s", (pattern) => {
    expect(() => checkFileNamePattern(pattern, ".pdf")).not.toThrow();
  });

  it.each([
    [
      "nps-{month}.pdf",
      'fileName "nps-{month}.pdf" uses {month}; the placeholders are {period} and {scope}.',
    ],
    ["nps-{period}.html", 'fileName "nps-{period}.html" must end in ".pdf".'],
  ])("refuses %s", (pattern, message) => {
    const error = (() => {
      try {
        checkFileNamePattern(pattern, ".pdf");
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error).toMatchObject({
      message,
      code: "NPSKIT_E_INVALID_ARGUMENT",
      location: { field: "fileName" },
    });
  });
});

describe("outputFile", () => {
  const report = { period: { key: "2026-10" }, scope: { region: "EU" } };

  it("resolves the file name inside the output folder", () => {
    expect(outputFile("/out", "nps-{period}-{scope}.pdf", report)).toBe("/out/nps-2026-10-EU.pdf");
    expect(outputFile("/out/", "pdf/{period}.pdf", report)).toBe("/out/pdf/2026-10.pdf");
  });

  it.each([["../nps-{period}.pdf"], ["/etc/nps.pdf"], ["a/../../nps.pdf"]])("refuses %s", (pattern) => {
    expect(() => outputFile("/out", pattern, report)).toThrow(
      expect.objectContaining({
        code: "NPSKIT_E_INVALID_ARGUMENT",
        message: `fileName "${pattern}" leads outside the output folder /out.`,
      }),
    );
  });
});
