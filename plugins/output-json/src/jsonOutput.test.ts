import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ReportModel, silentLogger, validateReportModel } from "@npskit/core";
import { describe, expect, it } from "vitest";
import { reportModel } from "../test/reportModel.js";
import { json, reportJson } from "./jsonOutput.js";

const context = (outDir: string) => ({ outDir, signal: new AbortController().signal, logger: silentLogger });
const outDir = () => mkdtempSync(join(tmpdir(), "npskit-json-"));

describe("json output", () => {
  it("writes nps-{period}.json: the model, pretty, valid, ending in a newline", async () => {
    const dir = outDir();
    const result = await json().write(reportModel(), context(dir));
    expect(result).toEqual({ files: [join(dir, "nps-2026-10.json")] });
    const text = readFileSync(join(dir, "nps-2026-10.json"), "utf8");
    expect(text.startsWith('{\n  "schemaVersion": 1,\n  "generatedAt": "2026-11-02T09:00:00+03:00",')).toBe(
      true,
    );
    expect(text.endsWith("}\n")).toBe(true);
    const parsed = JSON.parse(text) as unknown;
    expect(parsed).toEqual(reportModel());
    expect(validateReportModel(parsed).valid).toBe(true);
    expect(readdirSync(dir)).toEqual(["nps-2026-10.json"]); // no temporary file left behind
  });

  it("is deterministic: the same model gives the same bytes", async () => {
    const [a, b] = [outDir(), outDir()];
    await json().write(reportModel("ru"), context(a));
    await json().write(reportModel("ru"), context(b));
    expect(readFileSync(join(a, "nps-2026-10.json"))).toEqual(readFileSync(join(b, "nps-2026-10.json")));
    expect(reportJson(reportModel("ru"))).toBe(reportJson(reportModel("ru")));
  });

  it("keeps Cyrillic as text, not as \\u escapes", () => {
    expect(reportJson(reportModel("ru"))).toContain("«Выгрузка падает, данные теряются»".slice(1, -1));
  });

  it("refuses an invalid model, naming the field, and writes nothing", async () => {
    const dir = outDir();
    const model = { ...reportModel(), overall: { ...reportModel().overall, answered: -1 } } as ReportModel;
    await expect(json().write(model, context(dir))).rejects.toMatchObject({
      code: "NPSKIT_E_INVALID_REPORT",
      message: expect.stringContaining("/overall/answered"),
    });
    expect(readdirSync(dir)).toEqual([]);
  });

  it("names files by period and scope, safely, and checks the pattern up front", async () => {
    const dir = outDir();
    const model = { ...reportModel(), scope: { region: "../../EU/West" } };
    const result = await json({ fileName: "json/{scope}/nps-{period}.json" }).write(model, context(dir));
    expect(result?.files).toEqual([join(dir, "json", "_EU_West", "nps-2026-10.json")]);
    expect(() => json({ fileName: "nps-{month}.json" })).toThrow("the placeholders are {period} and {scope}");
    expect(() => json({ fileName: "nps.txt" })).toThrow('must end in ".json"');
    await expect(
      json({ fileName: "../nps-{period}.json" }).write(reportModel(), context(dir)),
    ).rejects.toThrow("leads outside the output folder");
  });

  it("is named npskit:json and stops when aborted", async () => {
    expect(json().name).toBe("npskit:json");
    const controller = new AbortController();
    controller.abort();
    const dir = outDir();
    await expect(
      json().write(reportModel(), { outDir: dir, signal: controller.signal, logger: silentLogger }),
    ).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });
});
