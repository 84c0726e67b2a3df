import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI_PACKAGES, type CliPackage, ensureBuilt, packageDir } from "./ensureBuilt.js";

// The packaging smoke test: what `pnpm pack` produces must install with plain npm, outside the workspace,
// and work — the `npskit` bin, the core library, and `workspace:^` rewritten to a real version range.
// Needs the npm registry (for ajv, luxon, commander). npm's own warnings on stderr are ignored.

const run = promisify(execFile);
const TIMEOUT = 120_000;

interface Packed {
  readonly filename: string;
  readonly files: readonly string[];
}

let tmp = "";
let app = "";
let core: Packed;
let cli: Packed;
let all: Packed[];

async function pack(path: CliPackage): Promise<Packed> {
  const { stdout } = await run("pnpm", ["pack", "--pack-destination", tmp, "--json"], {
    cwd: packageDir(path),
  });
  const result = JSON.parse(stdout) as { filename: string; files: { path: string }[] };
  return { filename: result.filename, files: result.files.map((file) => file.path) };
}

describe("packed tarballs", { timeout: TIMEOUT }, () => {
  beforeAll(async () => {
    await ensureBuilt();
    tmp = await mkdtemp(join(tmpdir(), "npskit-pack-"));
    all = [];
    for (const path of CLI_PACKAGES) all.push(await pack(path));
    core = all[0]!;
    cli = all.at(-1)!;
    app = join(tmp, "app");
    await mkdir(app);
    await run("npm", ["init", "-y"], { cwd: app });
    await run("npm", ["install", ...all.map((p) => p.filename), "--no-audit", "--no-fund"], { cwd: app });
  }, TIMEOUT);

  afterAll(async () => {
    if (tmp !== "") await rm(tmp, { recursive: true, force: true });
  });

  it("contain the built entry points, types and bin", () => {
    expect(core.files).toEqual(
      expect.arrayContaining([
        "package.json",
        "dist/index.js",
        "dist/index.d.ts",
        "schema/response.schema.json",
        "schema/config.schema.json",
      ]),
    );
    expect(cli.files).toEqual(
      expect.arrayContaining([
        "package.json",
        "bin/npskit.js",
        "dist/index.js",
        "dist/index.d.ts",
        "dist/main.js",
        "templates/plugin/package.json.tmpl",
      ]),
    );
  });

  it("contain no tests, sources or source maps", () => {
    // The plugin scaffold's templates are sources on purpose (with a .tmpl ending).
    for (const file of all.flatMap((p) => p.files).filter((f) => !f.startsWith("templates/"))) {
      expect(file).not.toMatch(/\.test\./);
      expect(file).not.toMatch(/^src\//);
      expect(file).not.toMatch(/\.map$/);
    }
  });

  it("depend on @npskit/core by version, not workspace:", async () => {
    const installed = JSON.parse(
      await readFile(join(app, "node_modules/@npskit/cli/package.json"), "utf8"),
    ) as { dependencies: Record<string, string> };
    const { version } = JSON.parse(
      await readFile(join(packageDir("packages/core"), "package.json"), "utf8"),
    ) as {
      version: string;
    };
    expect(installed.dependencies["@npskit/core"]).toBe(`^${version}`);
  });

  it("install a working npskit command", async () => {
    const { stdout } = await run(
      "npx",
      [
        "--no-install",
        "npskit",
        "calc",
        "--promoters",
        "80",
        "--passives",
        "30",
        "--detractors",
        "40",
        "--json",
      ],
      { cwd: app },
    );
    const json = JSON.parse(stdout) as { n: number; nps: number; interval: { low: number; high: number } };
    expect(json.n).toBe(150);
    expect(json.nps).toBeCloseTo(26.67, 2);
    expect(json.interval.low).toBeCloseTo(12.64, 2);
    expect(json.interval.high).toBeCloseTo(39.64, 2);
  });

  it("install an npskit command that exits 2 on bad usage", async () => {
    const failure = await run("npx", ["--no-install", "npskit", "calc", "--promoters", "-1"], {
      cwd: app,
    }).then(
      () => null,
      (error: unknown) => error as { code: unknown; stderr: string },
    );
    expect(failure?.code).toBe(2);
    expect(failure?.stderr).toContain("npskit: give --promoters, --passives and --detractors together");
  });

  it("install @npskit/core and @npskit/cli as importable ES modules", async () => {
    const script = [
      'import { nps, npsInterval } from "@npskit/core";',
      'import { runCalc } from "@npskit/cli";',
      "const counts = { promoters: 80, passives: 30, detractors: 40 };",
      "console.log(JSON.stringify({ nps: nps(counts), low: npsInterval(counts).low, displayed: runCalc({ counts }).displayed }));",
    ].join("\n");
    const { stdout } = await run("node", ["--input-type=module", "-e", script], { cwd: app });
    const result = JSON.parse(stdout) as { nps: number; low: number; displayed: number };
    expect(result.nps).toBeCloseTo(26.67, 2);
    expect(result.low).toBeCloseTo(12.64, 2);
    expect(result.displayed).toBe(27);
  });

  it("ship the response schema as an export of @npskit/core", async () => {
    const script = 'require("@npskit/core/schema/response.schema.json").$schema';
    const { stdout } = await run("node", ["-p", script], { cwd: app });
    expect(stdout.trim()).toBe("https://json-schema.org/draft/2020-12/schema");
  });
});
