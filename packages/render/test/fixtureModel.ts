// Test helper: the fixture ReportModels under test/fixtures (see scripts/makeFixtureModels.mjs).
import { existsSync, readFileSync } from "node:fs";
import type { ReportModel } from "@npskit/core";

/** The fixture models of this package. */
export type FixtureName = "en" | "ru" | "hostile" | "empty";

/** Path of a fixture model file. */
export function fixturePath(name: FixtureName): string {
  return new URL(`fixtures/report-model.${name}.json`, import.meta.url).pathname;
}

/** A fresh copy of a fixture model (tests may change it). */
export function fixtureModel(name: FixtureName): ReportModel {
  return JSON.parse(readFileSync(fixturePath(name), "utf8")) as ReportModel;
}

/** Core's realistic example model (written by buildReportModel's script), when it exists. */
export const CORE_EXAMPLE = new URL("../../core/test/fixtures/report-model.example.json", import.meta.url)
  .pathname;

/** Core's example model, or undefined while core does not ship it. */
export function coreExampleModel(): ReportModel | undefined {
  return existsSync(CORE_EXAMPLE)
    ? (JSON.parse(readFileSync(CORE_EXAMPLE, "utf8")) as ReportModel)
    : undefined;
}
