import { defaultBrand } from "@npskit/render";
import { describe, expect, it } from "vitest";
import { builtinOutputs } from "./builtinOutputs.js";
import type { ReportFormat } from "./reportFormats.js";

describe("builtinOutputs", () => {
  it.each<[ReportFormat[], string[]]>([
    [
      ["pdf", "html"],
      ["npskit:pdf", "npskit:html"],
    ],
    [
      ["md", "json", "html"],
      ["npskit:markdown", "npskit:json", "npskit:html"],
    ],
    [[], []],
  ])("makes %j in the order given", (formats, names) => {
    const outputs = builtinOutputs({ formats, brand: defaultBrand("en"), perScope: false });
    expect(outputs.map((output) => output.name)).toEqual(names);
  });
});
