import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ReportModel } from "@npskit/core";
import { afterAll, describe, expect, it } from "vitest";
import { removeDir, tempDir } from "../../../test/reportData.js";
import { runReport } from "../report/runReport.js";
import { runValidate } from "../validate/runValidate.js";
import { runInit } from "./runInit.js";

const NOW = new Date("2026-11-23T10:00:00Z");
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map(removeDir)));
const fresh = async () => {
  const dir = await tempDir("npskit-init-");
  dirs.push(dir);
  return dir;
};

describe("runInit", () => {
  it("writes a project whose data end last month", async () => {
    const dir = await fresh();
    const result = await runInit({ cwd: dir, directory: "nps", now: NOW, timeZone: "Europe/Moscow" });
    expect(result).toEqual({
      directory: join(dir, "nps"),
      files: [
        ".gitignore",
        "README.md",
        "brand/brand.json",
        "brand/logo.svg",
        "data/responses.csv",
        "npskit.config.ts",
        "package.json",
      ],
      period: "2026-10",
    });
    const config = await readFile(join(dir, "nps", "npskit.config.ts"), "utf8");
    expect(config).toContain('timeZone: "Europe/Moscow"');
    expect(config).toContain('locale: "en"');
    expect(config).not.toContain("{{");
    const csv = (await readFile(join(dir, "nps", "data", "responses.csv"), "utf8")).trim().split("\n");
    expect(csv[0]).toBe("id,submitted_at,score,comment,region,plan");
    expect(csv).toHaveLength(1 + 360);
    // Three months in Moscow time: August starts on July 31 at 21:00 UTC, October ends on October 31 at 21:00.
    const times = csv.slice(1).map((row) => Date.parse(row.split(",")[1]!));
    expect(Math.min(...times)).toBeGreaterThanOrEqual(Date.parse("2026-07-31T21:00:00Z"));
    expect(Math.max(...times)).toBeLessThan(Date.parse("2026-10-31T21:00:00Z"));
  });

  it("makes the brand in the project's language, with the name as given", async () => {
    const dir = await fresh();
    await runInit({ cwd: dir, name: 'Северный "Ветер"', locale: "ru", now: NOW, timeZone: "UTC" });
    const brand = JSON.parse(await readFile(join(dir, "brand", "brand.json"), "utf8"));
    expect(brand).toMatchObject({ name: 'Северный "Ветер"', locale: "ru", logo: "logo.svg" });
    expect(brand.footer).toBe('Северный "Ветер" · Для внутреннего использования');
    expect(await readFile(join(dir, "brand", "logo.svg"), "utf8")).toContain(
      "<title>Северный &#34;Ветер&#34;</title>",
    );
    expect(await readFile(join(dir, "data", "responses.csv"), "utf8")).toMatch(/Юг|Север|Запад/);
  });

  it("is deterministic", async () => {
    const [a, b] = [await fresh(), await fresh()];
    await runInit({ cwd: a, now: NOW, timeZone: "UTC" });
    await runInit({ cwd: b, now: NOW, timeZone: "UTC" });
    for (const file of ["data/responses.csv", "brand/logo.svg", "npskit.config.ts"])
      expect(await readFile(join(a, file), "utf8")).toBe(await readFile(join(b, file), "utf8"));
  });

  it("refuses a folder that is not empty unless forced", async () => {
    const dir = await fresh();
    await writeFile(join(dir, "notes.txt"), "mine");
    await expect(runInit({ cwd: dir, now: NOW })).rejects.toMatchObject({
      code: "NPSKIT_E_USAGE",
      message: `${dir} is not empty: choose an empty folder: npskit init DIR, or pass --force to write into it (files of the same names are replaced)`,
    });
    await expect(runInit({ cwd: dir, now: NOW, force: true })).resolves.toMatchObject({ directory: dir });
    expect(await readFile(join(dir, "notes.txt"), "utf8")).toBe("mine");
  });

  it("refuses an unknown time zone", async () => {
    await expect(runInit({ cwd: await fresh(), timeZone: "Mars/Olympus" })).rejects.toMatchObject({
      code: "NPSKIT_E_TIME_ZONE",
    });
  });
});

describe("a project made by runInit", () => {
  it("validates and reports on the first try, its config importing npskit from this CLI", async () => {
    const dir = await fresh();
    await runInit({ cwd: dir, now: NOW, timeZone: "Europe/Moscow" });
    const validated = await runValidate({ cwd: dir });
    expect(validated.accounting).toMatchObject({ read: 360, rejected: 0, duplicates: 0 });
    expect(validated.periods).toEqual({ first: "2026-08", last: "2026-10", count: 3 });

    const run = await runReport({ cwd: dir, now: NOW, formats: ["json", "md"] });
    expect(run.period).toBe("2026-10");
    expect(run.reports[0]?.files).toEqual([
      join(dir, "reports", "nps-2026-10.json"),
      join(dir, "reports", "nps-2026-10.md"),
    ]);
    const model = JSON.parse(await readFile(join(dir, "reports", "nps-2026-10.json"), "utf8")) as ReportModel;
    expect(model.overall.answered).toBeGreaterThan(100);
    expect(model.segments.map((table) => table.dimension)).toEqual(["region", "plan"]);
    expect(model.target).toBe(30);
    expect(model.comments.promoter.length).toBeGreaterThan(0);
  });
});
