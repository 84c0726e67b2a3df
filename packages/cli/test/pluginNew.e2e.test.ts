import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify, stripVTControlCharacters } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runPluginNew } from "../src/commands/plugin/runPluginNew.js";
import { packageDir } from "./ensureBuilt.js";

// The promise of `npskit plugin new`: the package it creates builds and passes its own tests out of the box,
// outside the monorepo, with plain npm. @npskit/core comes from its `pnpm pack` tarball (what would be
// published); everything else from the npm registry. npm's own warnings on stderr are ignored.

const exec = promisify(execFile);
const TIMEOUT = 180_000;

let tmp = "";
let plugin = "";

/** Runs a command in the new package; on failure, the error carries the command's whole output. */
async function run(command: string, args: readonly string[]): Promise<string> {
  try {
    const { stdout } = await exec(command, args, { cwd: plugin, encoding: "utf8", maxBuffer: 16 << 20 });
    return stdout;
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(" ")} failed:\n${stdout}\n${stderr}`, { cause: error });
  }
}

describe("npskit plugin new, end to end", { timeout: TIMEOUT }, () => {
  beforeAll(async () => {
    // Only core's build is needed (its tarball); under `turbo test` it is always there already.
    if (!existsSync(join(packageDir("packages/core"), "dist/index.js")))
      await exec("pnpm", ["build"], { cwd: packageDir("packages/core") });
    tmp = await mkdtemp(join(tmpdir(), "npskit-plugin-e2e-"));
    const { stdout } = await exec("pnpm", ["pack", "--pack-destination", tmp, "--json"], {
      cwd: packageDir("packages/core"),
    });
    const tarball = (JSON.parse(stdout) as { filename: string }).filename;

    const created = await runPluginNew({ name: "@acme/npskit-source-crm", cwd: tmp });
    plugin = created.directory;
    // Until @npskit/core is on the registry, point the dependency at the tarball instead of the version range.
    const manifestPath = join(plugin, "package.json");
    const manifest = JSON.parse(await readFile(manifestPath, "utf8")) as {
      dependencies: Record<string, string>;
    };
    expect(manifest.dependencies["@npskit/core"]).toBe(created.coreRange);
    manifest.dependencies["@npskit/core"] = `file:${tarball}`;
    await writeFile(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
    await run("npm", ["install", "--no-audit", "--no-fund"]);
  }, TIMEOUT);

  afterAll(async () => {
    if (tmp !== "") await rm(tmp, { recursive: true, force: true });
  });

  it("builds, and the built package exports the plugin by its name", async () => {
    await run("npm", ["run", "build"]);
    // A package may import itself by name through its exports map: this is what a user's config imports.
    const script =
      'const m = await import("@acme/npskit-source-crm"); console.log(typeof m.crmSource, m.default === m.crmSource, m.crmSource({ path: "x" }).name);';
    expect((await run("node", ["--input-type=module", "-e", script])).trim()).toBe("function true acme:crm");
  });

  it("type-checks its sources and tests", async () => {
    await run("npm", ["run", "typecheck"]);
  });

  it("passes its own tests, the source contract test among them", async () => {
    // vitest colours its summary when its parent does: compare the text only.
    const output = stripVTControlCharacters(await run("npm", ["test"]));
    expect(output).toMatch(/Test Files\s+2 passed/);
    expect(output).toMatch(/Tests\s+11 passed/);
  });
});
