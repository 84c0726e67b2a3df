import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPORT_PROJECT, removeDir, tempDir } from "../../../test/reportData.js";
import { reportSettings } from "./reportSettings.js";

let dir = "";
let project = "";
beforeAll(async () => {
  dir = await tempDir("npskit-report-settings-");
  // A project in a folder of its own, and somewhere else to run from.
  project = join(dir, "project");
  await mkdir(join(dir, "elsewhere"), { recursive: true });
  await mkdir(project, { recursive: true });
  await writeFile(join(project, "data.ndjson"), "");
  await writeFile(
    join(project, "npskit.config.json"),
    JSON.stringify({
      locale: "ru",
      brand: "brand/brand.json",
      template: "tpl",
      outDir: "out",
      analysis: { timeZone: "europe/moscow" },
    }),
  );
});
afterAll(() => removeDir(dir));

describe("reportSettings", () => {
  it("makes config paths relative to the config's folder and option paths relative to cwd", async () => {
    const cwd = join(dir, "elsewhere");
    const fromConfig = await reportSettings({
      cwd,
      config: "../project/npskit.config.json",
      input: ["../project/data.ndjson"],
    });
    expect(fromConfig).toMatchObject({
      locale: "ru",
      brandFile: join(project, "brand", "brand.json"),
      templateDir: join(project, "tpl"),
      outDir: join(project, "out"),
    });
    expect(fromConfig.configFile?.path).toBe(join(project, "npskit.config.json"));
    // the time zone is canonicalised by resolveConfig
    expect(fromConfig.config.analysis.timeZone).toBe("Europe/Moscow");

    const fromCli = await reportSettings({
      cwd,
      config: "../project/npskit.config.json",
      input: ["../project/data.ndjson"],
      brand: "b.json",
      template: "t",
      outDir: "reports",
      locale: "en",
      timeZone: "UTC",
      segments: ["region"],
    });
    expect(fromCli).toMatchObject({
      locale: "en",
      brandFile: join(cwd, "b.json"),
      templateDir: join(cwd, "t"),
      outDir: join(cwd, "reports"),
    });
    expect(fromCli.config.analysis).toMatchObject({ timeZone: "UTC", segments: ["region"] });
    expect(fromCli.config.locale).toBe("en");
  });

  it("finds npskit.config.* in cwd, and --input replaces the config's sources", async () => {
    const settings = await reportSettings({ cwd: project, input: ["data.ndjson"] });
    expect(settings.configFile?.path).toBe(join(project, "npskit.config.json"));
    expect(settings.config.sources.map((s) => s.name)).toEqual(["npskit:ndjson"]);
  });

  it("loads a TypeScript config with its own sources; without a config everything defaults, outDir to cwd/reports", async () => {
    const ts = await reportSettings({ cwd: dir, config: join(REPORT_PROJECT, "npskit.config.ts") });
    expect(ts.config.sources.map((s) => s.name)).toEqual(["npskit:ndjson"]);
    expect(ts).toMatchObject({
      locale: undefined,
      brandFile: join(REPORT_PROJECT, "brand.json"),
      templateDir: undefined,
      outDir: join(REPORT_PROJECT, "reports"),
    });

    const none = await reportSettings({ cwd: dir, config: false, input: ["x.csv"] });
    expect(none).toMatchObject({
      configFile: undefined,
      locale: undefined,
      brandFile: undefined,
      outDir: join(dir, "reports"),
    });
    expect(none.config.analysis).toMatchObject({ timeZone: "UTC", period: "month", segments: [] });
  });

  it.each([
    [
      "neither a config nor --input",
      { config: false as const },
      "NPSKIT_E_USAGE",
      "no npskit.config.ts here and no --input",
    ],
    ["an empty folder and no --input", {}, "NPSKIT_E_USAGE", "give --input FILE"],
    [
      "an invalid time zone",
      { config: false as const, input: ["x.csv"], timeZone: "Mars/Olympus" },
      "NPSKIT_E_CONFIG",
      "analysis.timeZone",
    ],
    [
      "--drivers without --input",
      { config: false as const, drivers: ["support"] },
      "NPSKIT_E_USAGE",
      "no npskit.config.ts here and no --input",
    ],
    [
      "--drivers for a file that is not CSV",
      { config: false as const, input: ["x.ndjson"], drivers: ["support"] },
      "NPSKIT_E_USAGE",
      "--drivers names rating columns of CSV files, but",
    ],
  ])("refuses %s", async (_, options, code, message) => {
    const empty = await tempDir("npskit-report-settings-empty-");
    try {
      await expect(reportSettings({ cwd: empty, ...options })).rejects.toMatchObject({
        code,
        message: expect.stringContaining(message),
      });
    } finally {
      await removeDir(empty);
    }
  });

  it("refuses --drivers with a config's sources, pointing to the csv source's option", async () => {
    await expect(reportSettings({ cwd: project, drivers: ["support"] })).rejects.toMatchObject({
      code: "NPSKIT_E_USAGE",
      message:
        "--drivers applies to --input CSV files; in a config, list the columns in the csv source's drivers option",
    });
  });

  it.each([
    [
      "an unknown key, named with a did-you-mean",
      { analysis: { timezone: "UTC" } },
      "analysis.timezone",
      "timeZone",
    ],
    ["a value outside its domain", { analysis: { interval: { level: 95 } } }, "analysis.interval.level", ""],
    ["no sources and no --input", {}, "sources", "no sources: add one to the config, or give --input FILE"],
  ])(
    "refuses a config with %s: NPSKIT_E_CONFIG at the config file, naming the key",
    async (_, config, key, hint) => {
      const folder = await tempDir("npskit-report-settings-bad-");
      try {
        const file = join(folder, "npskit.config.json");
        await writeFile(file, JSON.stringify(config));
        const error = await reportSettings({ cwd: folder }).catch((e: unknown) => e);
        expect(error).toMatchObject({ code: "NPSKIT_E_CONFIG", location: { file } });
        expect((error as Error).message).toContain(key);
        expect((error as Error).message).toContain(hint);
      } finally {
        await removeDir(folder);
      }
    },
  );
});
