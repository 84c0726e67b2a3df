import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPORT_PROJECT, removeDir, tempDir } from "../../test/reportData.js";
import { CONFIG_FILE_NAMES, findConfigFile, loadConfigFile } from "./configFile.js";

let dir = "";
beforeAll(async () => {
  dir = await tempDir("npskit-config-file-");
});
afterAll(() => removeDir(dir));

/** A new folder in the temp dir holding `files` (name → content). */
async function folder(name: string, files: Record<string, string>): Promise<string> {
  const path = join(dir, name);
  await mkdir(path, { recursive: true });
  for (const [file, content] of Object.entries(files)) await writeFile(join(path, file), content);
  return path;
}

describe("findConfigFile", () => {
  it.each([
    [["npskit.config.json"], "npskit.config.json"],
    [["npskit.config.mjs", "npskit.config.json"], "npskit.config.mjs"],
    [["npskit.config.js", "npskit.config.mjs"], "npskit.config.js"],
    [["npskit.config.mts", "npskit.config.js"], "npskit.config.mts"],
    [[...CONFIG_FILE_NAMES], "npskit.config.ts"],
  ])("among %j picks %s", async (names, expected) => {
    const path = await folder(
      `find-${expected}-${names.length}`,
      Object.fromEntries(names.map((n) => [n, "{}"])),
    );
    expect(await findConfigFile(path)).toBe(join(path, expected));
  });

  it("finds nothing in a folder without a config (other names do not count)", async () => {
    const path = await folder("find-none", { "npskit.config.yaml": "", "config.ts": "" });
    expect(await findConfigFile(path)).toBeUndefined();
  });
});

describe("loadConfigFile", () => {
  it("loads a TypeScript config that imports @npskit/core and a source plugin", async () => {
    const file = join(REPORT_PROJECT, "npskit.config.ts");
    const loaded = await loadConfigFile(file);
    expect(loaded.path).toBe(file);
    expect(loaded.dir).toBe(REPORT_PROJECT.replace(/\/$/, ""));
    expect(loaded.config.analysis).toEqual({ timeZone: "Europe/Moscow", segments: ["region"] });
    expect(loaded.config.sources?.map((source) => source.name)).toEqual(["npskit:ndjson"]);
    expect(typeof loaded.config.sources?.[0]?.read).toBe("function");
  });

  it.each([
    ["npskit.config.json", '{ "locale": "ru", "analysis": { "timeZone": "Europe/Moscow" } }'],
    ["npskit.config.mjs", 'export default { locale: "ru", analysis: { timeZone: "Europe/Moscow" } };\n'],
    ["npskit.config.js", 'export default { locale: "ru", analysis: { timeZone: "Europe/Moscow" } };\n'],
    // No package.json with "type": "module" here: tsx runs .ts and .js as CommonJS, wrapping the default export.
    [
      "npskit.config.ts",
      'export default { locale: "ru" as const, analysis: { timeZone: "Europe/Moscow" } };\n',
    ],
    [
      "npskit.config.mts",
      'const zone: string = "Europe/Moscow";\nexport default { locale: "ru" as const, analysis: { timeZone: zone } };\n',
    ],
  ])("loads %s as written, from a relative path", async (name, content) => {
    const path = await folder(`load-${name}`, { [name]: content });
    const loaded = await loadConfigFile(join(path, name));
    expect(loaded).toEqual({
      path: join(path, name),
      dir: path,
      config: { locale: "ru", analysis: { timeZone: "Europe/Moscow" } },
    });
  });

  it.each([
    ["a missing file", "missing.json", null, "no config file at"],
    ["broken JSON", "npskit.config.json", "{ locale: ru }", "not valid JSON"],
    ["a syntax error", "npskit.config.mjs", "export default {", "cannot load it"],
    [
      "an import that is not installed",
      "npskit.config.mjs",
      'import "npskit-no-such-package";\nexport default {};',
      "cannot load it",
    ],
    ["no default export", "npskit.config.mjs", "export const config = {};", "it has no default export"],
    ["an unknown extension", "npskit.config.yaml", "locale: ru", 'unknown config file type ".yaml"'],
  ])("refuses %s with a one-line NPSKIT_E_CONFIG naming the file", async (_, name, content, message) => {
    const path = await folder(`bad-${_.replaceAll(" ", "-")}`, content === null ? {} : { [name]: content });
    const file = join(path, name);
    const error = await loadConfigFile(file).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "NPSKIT_E_CONFIG", location: { file } });
    expect((error as Error).message).toContain(message);
    expect((error as Error).message).not.toContain("\n");
  });
});
