// Test helper: the renderer's realistic fixture model (the example data set, October 2026).
import { readFileSync } from "node:fs";
import type { ReportModel } from "@npskit/core";

/** A fresh copy of the English or Russian fixture model of @npskit/render. */
export function reportModel(locale: "en" | "ru" = "en"): ReportModel {
  const file = new URL(`../../../packages/render/test/fixtures/report-model.${locale}.json`, import.meta.url);
  return JSON.parse(readFileSync(file, "utf8")) as ReportModel;
}
