import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runPluginNew } from "./runPluginNew.js";

const ROOT = new URL("../../../../../", import.meta.url);

async function readJson<T>(path: string | URL): Promise<T> {
  return JSON.parse(await readFile(path, "utf8")) as T;
}

interface Manifest {
  readonly name: string;
  readonly dependencies: Record<string, string>;
  readonly devDependencies: Record<string, string>;
}

let cwd = "";
beforeEach(async () => {
  cwd = await mkdtemp(join(tmpdir(), "npskit-plugin-new-"));
});
afterEach(async () => {
  await rm(cwd, { recursive: true, force: true });
});

describe("runPluginNew", () => {
  it("creates a complete source-plugin package named after a scoped name", async () => {
    const result = await runPluginNew({ name: "@acme/npskit-source-crm", cwd });
    const dir = join(cwd, "npskit-source-crm");
    const { version } = await readJson<{ version: string }>(new URL("packages/core/package.json", ROOT));
    expect(result).toEqual({
      packageName: "@acme/npskit-source-crm",
      pluginName: "acme:crm",
      directory: dir,
      coreRange: `^${version}`,
      files: [
        ".gitignore",
        "README.md",
        "package.json",
        "src/crmSource.test.ts",
        "src/crmSource.ts",
        "src/index.ts",
        "src/toResponse.test.ts",
        "src/toResponse.ts",
        "test/fixtures/answers.jsonl",
        "tsconfig.build.json",
        "tsconfig.json",
      ],
    });

    const manifest = await readJson<Manifest>(join(dir, "package.json"));
    expect(manifest.name).toBe("@acme/npskit-source-crm");
    expect(manifest.dependencies).toEqual({ "@npskit/core": `^${version}` });
    const source = await readFile(join(dir, "src/crmSource.ts"), "utf8");
    expect(source).toContain('name: "acme:crm"');
    expect(source).toContain("export const crmSource = defineSource((options: CrmOptions) => ({");
    expect(await readFile(join(dir, "src/index.ts"), "utf8")).toContain(
      'export { crmSource, crmSource as default } from "./crmSource.js";',
    );
    expect(await readFile(join(dir, "README.md"), "utf8")).toContain(
      'import { crmSource } from "@acme/npskit-source-crm";',
    );
  });

  it("fills every placeholder and keeps non-ASCII text intact", async () => {
    const { directory, files } = await runPluginNew({ name: "npskit-source-help-desk", cwd });
    for (const file of files)
      expect(await readFile(join(directory, file), "utf8")).not.toMatch(/\{\{|\}\}|\.tmpl/);
    expect(files).toContain("src/helpDeskSource.ts");
    const source = await readFile(join(directory, "src/helpDeskSource.ts"), "utf8");
    expect(source).toContain('name: "help-desk:source"');
    expect(source).toContain("export interface HelpDeskOptions {");
    expect(await readFile(join(directory, "test/fixtures/answers.jsonl"), "utf8")).toContain(
      "Доставка задержалась на неделю",
    );
  });

  it("pins the development tools to the monorepo's own versions", async () => {
    const root = await readJson<Manifest>(new URL("package.json", ROOT));
    const { directory } = await runPluginNew({ name: "npskit-source-zendesk", cwd });
    const manifest = await readJson<Manifest>(join(directory, "package.json"));
    expect(manifest.devDependencies).toEqual({
      "@types/node": root.devDependencies["@types/node"],
      typescript: root.devDependencies.typescript,
      vitest: root.devDependencies.vitest,
    });
  });

  it("creates the package in --dir when given", async () => {
    const { directory } = await runPluginNew({ name: "npskit-source-zendesk", directory: "plugins/zd", cwd });
    expect(directory).toBe(join(cwd, "plugins/zd"));
    expect(await readJson<Manifest>(join(directory, "package.json"))).toMatchObject({
      name: "npskit-source-zendesk",
    });
  });

  it.each([
    ["Zendesk", "it must be lowercase"],
    ["", "it is empty"],
    [" zendesk", "it must not start or end with spaces"],
    [".zendesk", "it must not start with a dot or an underscore"],
    ["my plugin", "it may contain only lowercase letters, digits, and - . _ (and one / after an @scope)"],
    ["@acme", "a scoped name is @scope/name, with one slash"],
    ["@acme/", "the scope and the name after it must not be empty"],
    ["fs", "it is the name of a Node.js built-in module"],
  ])("refuses the name %j: %s", async (name, problem) => {
    const failure = runPluginNew({ name, cwd });
    await expect(failure).rejects.toMatchObject({
      code: "NPSKIT_E_USAGE",
      message: `${JSON.stringify(name)} is not a valid npm package name: ${problem} (for example npskit-source-zendesk or @acme/npskit-source-crm)`,
    });
  });

  it("refuses a folder that is not empty, and writes nothing into it", async () => {
    const dir = join(cwd, "npskit-source-zendesk");
    await mkdir(dir);
    await writeFile(join(dir, "notes.txt"), "mine");
    await expect(runPluginNew({ name: "npskit-source-zendesk", cwd })).rejects.toMatchObject({
      code: "NPSKIT_E_USAGE",
      message: `${dir} is not empty: choose another folder with --dir, or pass --force to write into it (files of the same names are replaced)`,
    });
    await expect(readFile(join(dir, "package.json"))).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("writes into a non-empty folder with force, leaving other files alone", async () => {
    const dir = join(cwd, "npskit-source-zendesk");
    await mkdir(dir);
    await writeFile(join(dir, "notes.txt"), "mine");
    await writeFile(join(dir, "package.json"), "{}");
    await runPluginNew({ name: "npskit-source-zendesk", cwd, force: true });
    expect(await readFile(join(dir, "notes.txt"), "utf8")).toBe("mine");
    expect(await readJson<Manifest>(join(dir, "package.json"))).toMatchObject({
      name: "npskit-source-zendesk",
    });
  });

  it("accepts a folder holding only a fresh git repository", async () => {
    await mkdir(join(cwd, "npskit-source-zendesk", ".git"), { recursive: true });
    const { files } = await runPluginNew({ name: "npskit-source-zendesk", cwd });
    expect(files).toContain("package.json");
  });

  it("refuses a target that is a file", async () => {
    await writeFile(join(cwd, "taken"), "");
    await expect(
      runPluginNew({ name: "npskit-source-zendesk", directory: "taken", cwd }),
    ).rejects.toMatchObject({
      code: "NPSKIT_E_USAGE",
      message: `${join(cwd, "taken")} is a file: choose another folder with --dir`,
    });
  });
});
