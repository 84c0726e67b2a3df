import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findTemplateDir } from "./findTemplateDir.js";

// A fake monorepo holding a CLI package, to check the lookup order without touching the real one.
let root = "";
let moduleDir = "";

async function template(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, "TEMPLATE.md"), "notes");
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "npskit-template-dir-"));
  moduleDir = join(root, "packages/cli");
  await mkdir(join(moduleDir, "dist/scaffold"), { recursive: true });
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const built = () => pathToFileURL(join(moduleDir, "dist/scaffold/findTemplateDir.js"));
const source = () => pathToFileURL(join(moduleDir, "src/scaffold/findTemplateDir.ts"));

describe("findTemplateDir", () => {
  it("finds the real template from this module", () => {
    expect(findTemplateDir("plugin")).toBe(
      fileURLToPath(new URL("../../../../templates/plugin/", import.meta.url)),
    );
  });

  it("fails with an input error when no template is installed", () => {
    expect(() => findTemplateDir("plugin", built())).toThrow(
      expect.objectContaining({
        code: "NPSKIT_E_INPUT",
        message: "the plugin template is missing from this installation of @npskit/cli: reinstall it",
      }),
    );
  });

  it("uses the monorepo's template when the package has no copy of its own", async () => {
    await template(join(root, "templates/plugin"));
    expect(findTemplateDir("plugin", built())).toBe(join(root, "templates/plugin/"));
  });

  it("prefers the package's own copy when built, and the monorepo's when run from source", async () => {
    await template(join(moduleDir, "templates/plugin"));
    expect(findTemplateDir("plugin", built())).toBe(join(moduleDir, "templates/plugin/"));
    expect(findTemplateDir("plugin", source())).toBe(join(root, "templates/plugin/"));
  });
});
