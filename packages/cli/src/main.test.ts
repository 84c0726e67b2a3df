import { execFile } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { dropProject, filesIn, removeDir, tempDir } from "../test/reportData.js";
import { bufferIO } from "./io.js";
import { EXIT, main } from "./main.js";

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function run(...argv: string[]): Promise<Run> {
  const io = bufferIO();
  const code = await main(argv, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

/** Parses stdout, asserting it is exactly one JSON object (one value, nothing before or after). */
function onlyJson(stdout: string): Record<string, unknown> {
  const value: unknown = JSON.parse(stdout);
  expect(typeof value).toBe("object");
  expect(value).not.toBeNull();
  expect(Array.isArray(value)).toBe(false);
  expect(stdout.trim().startsWith("{")).toBe(true);
  expect(stdout.endsWith("}\n")).toBe(true);
  return value as Record<string, unknown>;
}

function round2(value: unknown): number {
  expect(typeof value).toBe("number");
  return Math.round((value as number) * 100) / 100;
}

const COUNTS = ["--promoters", "80", "--passives", "30", "--detractors", "40"] as const;

describe("main: calc", () => {
  it("prints one JSON object with the counts, the NPS and the adjusted-Wald interval", async () => {
    const { code, stdout, stderr } = await run("calc", ...COUNTS, "--json");
    expect(code).toBe(EXIT.ok);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const json = onlyJson(stdout);
    expect(json).toMatchObject({ n: 150, unanswered: 0, promoters: 80, passives: 30, detractors: 40 });
    expect(round2(json.nps)).toBe(26.67);
    const interval = json.interval as Record<string, unknown>;
    expect(round2(interval.low)).toBe(12.64);
    expect(round2(interval.high)).toBe(39.64);
    expect(interval.level).toBe(0.95);
    expect(interval.method).toBe("adjusted-wald");
  });

  it.each([
    ["wald", 13.0, 40.33],
    ["score", 12.54, 39.64],
    ["adjusted-wald", 12.64, 39.64],
  ])("--method %s gives [%d, %d]", async (method, low, high) => {
    const { code, stdout, stderr } = await run("calc", ...COUNTS, "--method", method, "--json");
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const interval = onlyJson(stdout).interval as Record<string, unknown>;
    expect(interval.method).toBe(method);
    expect(round2(interval.low)).toBe(low);
    expect(round2(interval.high)).toBe(high);
  });

  it("prints the text report without --json", async () => {
    const { code, stdout, stderr } = await run("calc", ...COUNTS);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toMatchInlineSnapshot(`
      "Answered         150
      Promoters 9–10    80  53.3 %
      Passives 7–8      30  20.0 %
      Detractors 0–6    40  26.7 %
      NPS              27  (exact 26.67)
      95 % interval    12.6 to 39.6  (adjusted Wald)
      Margin of error  ±13.5 points
      "
    `);
  });

  it("reads raw scores, an empty entry being unanswered", async () => {
    const { code, stdout } = await run("calc", "--scores", "10,9,9,8,7,6,3,10,", "--json");
    expect(code).toBe(0);
    expect(onlyJson(stdout)).toMatchObject({ n: 8, unanswered: 1, promoters: 4, nps: 25 });
  });

  it.each([
    ["95%", 0.95],
    ["95", 0.95],
    ["0.9", 0.9],
  ])("accepts --level %s", async (level, fraction) => {
    const { code, stdout, stderr } = await run("calc", ...COUNTS, "--level", level, "--json");
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect((onlyJson(stdout).interval as Record<string, unknown>).level).toBeCloseTo(fraction, 12);
  });

  it("applies --rounding percentages-first and --decimals", async () => {
    const first = await run("calc", ...COUNTS, "--rounding", "percentages-first", "--json");
    expect(onlyJson(first.stdout).displayed).toBe(26);
    const decimals = await run("calc", ...COUNTS, "--decimals", "2", "--json");
    expect(onlyJson(decimals.stdout).displayed).toBe(26.67);
  });
});

describe("main: compare", () => {
  it("prints one JSON object with the difference, its standard error, z, p and interval", async () => {
    const { code, stdout, stderr } = await run("compare", "--a", "600,250,150", "--b", "80,30,40", "--json");
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const json = onlyJson(stdout);
    expect(round2(json.difference)).toBe(-18.33);
    expect(round2(json.se)).toBe(7.27);
    expect(round2(json.z)).toBe(-2.57);
    expect(round2(json.p)).toBe(0.01);
    expect(json.significant).toBe(true);
    const interval = json.interval as Record<string, unknown>;
    expect(round2(interval.low)).toBe(-32.98);
    expect(round2(interval.high)).toBe(-4.47);
    expect(interval).toMatchObject({ level: 0.95, method: "adjusted-wald" });
    expect(json.a).toMatchObject({ n: 1000, nps: 45 });
    expect(json.b).toMatchObject({ n: 150, promoters: 80 });
  });

  it("prints the text comparison without --json", async () => {
    const { code, stdout, stderr } = await run("compare", "--a", "600,250,150", "--b", "80,30,40");
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toContain("B is lower than A, significant at 95 % (z = −2.57, p = 0.010).");
  });
});

describe("main: bad input", () => {
  // Each case: exit code 2, nothing on stdout, exactly one line on stderr naming the problem, no stack.
  it.each([
    [
      "a negative count",
      ["calc", "--promoters", "-1", "--passives", "30", "--detractors", "40"],
      /--promoters must be a whole number, 0 or more \(got "-1"\)/,
    ],
    [
      "a fractional count",
      ["calc", "--promoters", "1.5", "--passives", "30", "--detractors", "40"],
      /--promoters must be a whole number/,
    ],
    [
      "a score of 11",
      ["calc", "--scores", "9,11"],
      /--scores entry 2 must be a whole number from 0 to 10.*\(got "11"\)/,
    ],
    [
      "an unknown method",
      ["calc", ...COUNTS, "--method", "bayes"],
      /argument 'bayes' is invalid\. Allowed choices are adjusted-wald, wald, score/,
    ],
    [
      "the score method in compare",
      ["compare", "--a", "1,2,3", "--b", "3,2,1", "--method", "score"],
      /argument 'score' is invalid\. Allowed choices are adjusted-wald, wald/,
    ],
    ["an unknown option", ["calc", ...COUNTS, "--foo"], /unknown option '--foo'/],
    [
      "a missing count",
      ["calc", "--promoters", "80", "--passives", "30"],
      /give --promoters, --passives and --detractors together \(a missing one is not 0\)/,
    ],
    [
      "no counts and no scores",
      ["calc"],
      /give --promoters, --passives and --detractors, or --scores, or --input FILE/,
    ],
    [
      "counts and scores together",
      ["calc", ...COUNTS, "--scores", "9,10"],
      /give counts, --scores or --input: one of them, not several/,
    ],
    [
      "--unanswered without counts",
      ["calc", "--unanswered", "3"],
      /--unanswered goes with --promoters, --passives and --detractors/,
    ],
    [
      "--unanswered with --scores",
      ["calc", "--scores", "9,8", "--unanswered", "3"],
      /--unanswered goes with --promoters.*with --scores, leave an entry empty/,
    ],
    [
      "--level 0",
      ["calc", ...COUNTS, "--level", "0"],
      /--level must be a confidence level such as 0\.95 or 95% \(got "0"\)/,
    ],
    ["--level 100%", ["calc", ...COUNTS, "--level", "100%"], /--level must be a confidence level/],
    [
      "--decimals 5",
      ["calc", ...COUNTS, "--decimals", "5"],
      /--decimals must be a whole number from 0 to 4 \(got "5"\)/,
    ],
    ["an unknown command", ["frobnicate"], /unknown command 'frobnicate'/],
    ["a missing --b", ["compare", "--a", "600,250,150"], /required option '--b <counts>' not specified/],
    [
      "two counts in --a",
      ["compare", "--a", "600,250", "--b", "80,30,40"],
      /--a takes three counts, promoters,passives,detractors/,
    ],
    [
      "an empty group",
      ["compare", "--a", "0,0,0", "--b", "80,30,40"],
      /both groups need at least one answered response/,
    ],
  ])("exits 2 on %s, with one line on stderr", async (_name, argv, message) => {
    const { code, stdout, stderr } = await run(...argv);
    expect(code).toBe(EXIT.usage);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^npskit: /);
    expect(stderr).toMatch(message);
    expect(stderr.endsWith("\n")).toBe(true);
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("adds the error code to npskit's own errors", async () => {
    const { stderr } = await run("calc", "--promoters", "-1", "--passives", "30", "--detractors", "40");
    expect(stderr).toBe(
      'npskit: --promoters must be a whole number, 0 or more (got "-1") [NPSKIT_E_USAGE]\n',
    );
  });

  it("suggests the closest option or command on a second line after a typo", async () => {
    const option = await run("calc", ...COUNTS, "--jsn");
    expect(option.code).toBe(2);
    expect(option.stderr).toBe("npskit: unknown option '--jsn'\n(Did you mean --json?)\n");
    const command = await run("calcc");
    expect(command.code).toBe(2);
    expect(command.stderr).toBe("npskit: unknown command 'calcc'\n(Did you mean calc?)\n");
  });

  it("prints the stack trace after the message with --debug", async () => {
    const { code, stdout, stderr } = await run("calc", ...COUNTS, "--level", "0", "--debug");
    expect(code).toBe(2);
    expect(stdout).toBe("");
    const [first, ...rest] = stderr.trimEnd().split("\n");
    expect(first).toBe(
      'npskit: --level must be a confidence level such as 0.95 or 95% (got "0") [NPSKIT_E_USAGE]',
    );
    expect(rest[0]).toMatch(/^UsageError: --level must be a confidence level/);
    expect(rest.slice(1).join("\n")).toMatch(/^\s+at .*parseLevel/m);
  });

  it("accepts --debug before the command too", async () => {
    const { code, stderr } = await run("--debug", "calc", "--scores", "9,11");
    expect(code).toBe(2);
    expect(stderr).toMatch(/\n\s+at /);
  });
});

describe("main: help and version", () => {
  it.each([
    ["calc", "npskit calc --promoters 80 --passives 30 --detractors 40"],
    ["compare", "npskit compare --a 600,250,150 --b 80,30,40"],
  ])("%s --help exits 0 and shows usage, options and examples on stdout", async (command, example) => {
    const { code, stdout, stderr } = await run(command, "--help");
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toContain(`Usage: npskit ${command} [options]`);
    expect(stdout).toContain("--level <level>");
    expect(stdout).toContain("--json");
    expect(stdout).toContain("Examples:");
    expect(stdout).toContain(example);
  });

  it.each(["--help", "help", "help calc"])("npskit %s exits 0", async (line) => {
    const { code, stdout, stderr } = await run(...line.split(" "));
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toContain("Usage: npskit");
  });

  it("lists the commands in the top-level help", async () => {
    const { stdout } = await run("--help");
    expect(stdout).toContain("calc [options]");
    expect(stdout).toContain("compare [options]");
  });

  it("prints the package version with --version", async () => {
    const { code, stdout } = await run("--version");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d+\.\d+\.\d+(-[\w.]+)?\n$/);
  });

  it("exits 2 with the help on stderr when no command is given", async () => {
    const { code, stdout, stderr } = await run();
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("Usage: npskit");
  });
});

describe("main: report", () => {
  const startCwd = process.cwd();
  const dirs: string[] = [];
  let data = "";
  let out = "";
  const temp = async () => {
    const dir = await tempDir("npskit-main-report-");
    dirs.push(dir);
    return dir;
  };
  const report = (...argv: string[]) =>
    run(
      "report",
      "--no-config",
      "--input",
      data,
      "--period",
      "2026-10",
      "--now",
      "2026-11-02T09:00:00Z",
      "--out",
      out,
      ...argv,
    );

  beforeAll(async () => {
    const project = await dropProject();
    dirs.push(project.dir);
    data = project.data;
  });
  beforeEach(async () => {
    // main reads process.env: a test run inside GitHub Actions must not feed the real job summary.
    vi.stubEnv("GITHUB_ACTIONS", "false");
    out = await temp();
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    process.chdir(startCwd);
  });
  afterAll(() => Promise.all(dirs.map(removeDir)));

  it("exits 0 after writing the JSON and Markdown reports, listing them", async () => {
    const { code, stdout, stderr } = await report("--format", "json,md");
    expect(code).toBe(EXIT.ok);
    expect(stderr).toBe("");
    expect(await filesIn(out)).toEqual([
      "nps-2026-10.json",
      "nps-2026-10.md",
      "nps-2026-10.quarantine.ndjson",
    ]);
    expect(stdout).toContain("Records: 84 read = 81 answered + 1 unanswered + 2 rejected + 0 duplicates\n");
    expect(stdout).toMatch(
      /all responses\s+41\s+−46\s+−69\.3 to −17\.1 \(95 %\)\s+−146\.3 \(p = 0\.000, significant\)/,
    );
    expect(stdout).toContain(`  ${join(out, "nps-2026-10.json")}\n  ${join(out, "nps-2026-10.md")}\n`);
  });

  it("--json prints only one JSON object describing the run", async () => {
    const { code, stdout, stderr } = await report("--format", "json", "--json");
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const json = onlyJson(stdout);
    expect(json).toMatchObject({
      config: null,
      period: "2026-10",
      outDir: out,
      quarantine: join(out, "nps-2026-10.quarantine.ndjson"),
    });
    expect(json.reports).toEqual([
      expect.objectContaining({
        scope: {},
        answered: 41,
        displayed: -46,
        files: [join(out, "nps-2026-10.json")],
      }),
    ]);
  });

  it("--split-by region writes the overall report and one per region, the scope in each file name", async () => {
    const { code } = await report("--format", "md", "--split-by", "region");
    expect(code).toBe(0);
    expect(await filesIn(out)).toEqual([
      "nps-2026-10-EU.md",
      "nps-2026-10-US.md",
      "nps-2026-10-all.md",
      "nps-2026-10.quarantine.ndjson",
    ]);
  });

  it("re-running replaces the files atomically: the same names, no temporary files", async () => {
    expect((await report("--format", "json,md,html")).code).toBe(0);
    const first = await filesIn(out);
    const before = await readFile(join(out, "nps-2026-10.html"));
    expect((await report("--format", "json,md,html")).code).toBe(0);
    expect(await filesIn(out)).toEqual(first);
    expect(first).toEqual([
      "nps-2026-10.html",
      "nps-2026-10.json",
      "nps-2026-10.md",
      "nps-2026-10.quarantine.ndjson",
    ]);
    expect(await readFile(join(out, "nps-2026-10.html"))).toEqual(before);
  });

  it.each([
    ["the --locale flag over the config and the brand", ["--locale", "ru"], "en", "en", "ru"],
    ["the config over the brand", [], "ru", "en", "ru"],
    ["the brand without a locale elsewhere", [], undefined, "ru", "ru"],
    ["en without any", [], undefined, undefined, "en"],
  ])("locale: %s", async (_, flag, configLocale, brandLocale, expected) => {
    const project = await temp();
    await writeFile(
      join(project, "brand.json"),
      JSON.stringify({ name: "Acme", ...(brandLocale && { locale: brandLocale }) }),
    );
    await writeFile(
      join(project, "npskit.config.json"),
      JSON.stringify({ brand: "brand.json", ...(configLocale && { locale: configLocale }) }),
    );
    const { code } = await run(
      "report",
      "--config",
      join(project, "npskit.config.json"),
      "--input",
      data,
      "--period",
      "2026-10",
      "--now",
      "2026-11-02T09:00:00Z",
      "--out",
      out,
      "--format",
      "json,md",
      ...flag,
    );
    expect(code).toBe(0);
    expect(JSON.parse(await readFile(join(out, "nps-2026-10.json"), "utf8")).locale).toBe(expected);
    const markdown = await readFile(join(out, "nps-2026-10.md"), "utf8");
    expect(
      markdown.startsWith(expected === "ru" ? "### Индекс NPS — октябрь" : "### Net Promoter Score"),
    ).toBe(true);
  });

  it("same --now, same bytes: two runs give identical JSON, HTML and Markdown", async () => {
    const other = await temp();
    expect((await report("--format", "json,html,md")).code).toBe(0);
    // The later --out wins: the same run, into another folder.
    expect((await report("--format", "json,html,md", "--out", other)).code).toBe(0);
    for (const name of ["nps-2026-10.json", "nps-2026-10.html", "nps-2026-10.md"]) {
      expect(await readFile(join(other, name))).toEqual(await readFile(join(out, name)));
    }
  });

  it.each([
    ["a source file that does not exist", ["--input", "/nonexistent/responses.ndjson"], "NPSKIT_E_PLUGIN"],
    ["an --out that is a file", ["--out", "__data__"], ""],
    [
      "a browser that is not there",
      ["--format", "pdf", "--browser", "/nonexistent/chromium"],
      "NPSKIT_E_BROWSER",
    ],
  ])("exits 1 on %s, with one line on stderr", async (_, argv, errorCode) => {
    const args = argv.map((arg) => (arg === "__data__" ? data : arg));
    const { code, stdout, stderr } = await report("--format", "json", ...args);
    expect(code).toBe(EXIT.failure);
    expect(stdout).toBe("");
    expect(stderr.startsWith("npskit: ")).toBe(true);
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(stderr).toContain(errorCode);
  });

  it("exits 1 when an output of the config fails, naming the output", async () => {
    const project = await temp();
    await writeFile(
      join(project, "npskit.config.mjs"),
      'export default { outputs: [{ name: "acme:upload", async write() { throw new Error("the upload server said 503"); } }] };\n',
    );
    const { code, stderr } = await run(
      "report",
      "--config",
      join(project, "npskit.config.mjs"),
      "--input",
      data,
      "--period",
      "2026-10",
      "--now",
      "2026-11-02T09:00:00Z",
      "--out",
      out,
    );
    expect(code).toBe(1);
    expect(stderr).toBe(
      'npskit: plugin "acme:upload" failed in write(): the upload server said 503 [NPSKIT_E_PLUGIN]\n',
    );
  });

  it("reads a plain-object .mjs config with its own inline source", async () => {
    const project = await temp();
    await writeFile(
      join(project, "npskit.config.mjs"),
      `export default {
  sources: [{ name: "acme:inline", async *read() {
    yield [9, 10, 3].map((score, i) => ({ response: { id: String(i), score, submittedAt: "2026-10-0" + (i + 1) + "T10:00:00Z" }, location: { line: i + 1 } }));
  } }],
  outDir: "out",
};
`,
    );
    process.chdir(project);
    const { code, stdout } = await run(
      "report",
      "--period",
      "2026-10",
      "--now",
      "2026-11-02T09:00:00Z",
      "--format",
      "json",
      "--json",
    );
    expect(code).toBe(0);
    expect(onlyJson(stdout)).toMatchObject({
      config: join(project, "npskit.config.mjs"),
      outDir: join(project, "out"),
    });
    expect(await filesIn(join(project, "out"))).toEqual(["nps-2026-10.json"]);
  });

  it.each([
    ["a bad --period", ["--period", "2026-13"], "NPSKIT_E_PERIOD"],
    ["a --period of another grain", ["--period", "2026-Q4"], "NPSKIT_E_PERIOD"],
    ["an unknown --format", ["--format", "docx"], "NPSKIT_E_USAGE"],
    ["--now without an offset", ["--now", "2026-11-02T09:00:00"], "NPSKIT_E_USAGE"],
    ["--fail-under out of range", ["--fail-under", "101"], "NPSKIT_E_INVALID_ARGUMENT"],
    ["an unknown time zone", ["--time-zone", "Mars/Olympus"], "NPSKIT_E_CONFIG"],
    ["an unknown --locale", ["--locale", "de"], "argument 'de' is invalid"],
  ])("exits 2 on %s and writes nothing", async (_, argv, message) => {
    const { code, stdout, stderr } = await report("--format", "json", ...argv);
    expect(code).toBe(EXIT.usage);
    expect(stdout).toBe("");
    expect(stderr).toContain(message);
    expect(await filesIn(out)).toEqual([]);
  });

  it("exits 2 on an invalid config key, naming the key and the file", async () => {
    const project = await temp();
    const config = join(project, "npskit.config.json");
    await writeFile(config, JSON.stringify({ analysis: { timezone: "Europe/Moscow" } }));
    const { code, stderr } = await run("report", "--config", config, "--input", data, "--out", out);
    expect(code).toBe(2);
    expect(stderr).toContain("analysis.timezone");
    expect(stderr).toContain('"timeZone"');
    expect(stderr).toContain(`(at ${config})`);
    expect(stderr).toContain("[NPSKIT_E_CONFIG]");
  });

  it("exits 2 with no config and no --input, saying what to give", async () => {
    const empty = await temp();
    await mkdir(join(empty, "sub"));
    process.chdir(join(empty, "sub"));
    const { code, stderr } = await run("report", "--now", "2026-11-02T09:00:00Z");
    expect(code).toBe(2);
    expect(stderr).toBe(
      "npskit: no npskit.config.ts here and no --input: give --input FILE, --config FILE, or run `npskit init` [NPSKIT_E_USAGE]\n",
    );
    expect(await filesIn(empty)).toEqual(["sub"]);
  });

  it("exits 3 when the NPS is under --fail-under, after writing the reports", async () => {
    const { code, stdout, stderr } = await report("--format", "json", "--fail-under", "-40");
    expect(code).toBe(EXIT.gate);
    expect(stdout).toContain("Gate failed: NPS -46.3 (shown as -46) for 2026-10 is under --fail-under -40\n");
    expect(stderr).toBe(
      "npskit: NPS -46.3 (shown as -46) for 2026-10 is under --fail-under -40 [NPSKIT_E_GATE]\n",
    );
    expect(await filesIn(out)).toEqual(["nps-2026-10.json", "nps-2026-10.quarantine.ndjson"]);
  });

  it("exits 3 on a significant drop with --fail-on-drop, after writing the reports", async () => {
    const { code, stderr } = await report("--format", "md", "--fail-on-drop");
    expect(code).toBe(3);
    expect(stderr).toContain("NPS fell 146.3 points from 2026-09 for 2026-10, significant at 95 %");
    expect(await filesIn(out)).toContain("nps-2026-10.md");
  });

  it("exits 0 with gates that pass", async () => {
    const { code } = await report("--format", "json", "--fail-under", "-50");
    expect(code).toBe(0);
    // September rose from nothing: no drop to fail on
    expect(
      (
        await run(
          "report",
          "--no-config",
          "--input",
          data,
          "--period",
          "2026-09",
          "--now",
          "2026-11-02T09:00:00Z",
          "--out",
          out,
          "--format",
          "json",
          "--fail-on-drop",
        )
      ).code,
    ).toBe(0);
  });

  it("prints a real PDF with Chromium: one page or more, with the NPS in its text", async () => {
    const exec = promisify(execFile);
    const { code, stderr } = await report("--format", "pdf");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const pdf = join(out, "nps-2026-10.pdf");
    const info = (await exec("pdfinfo", [pdf])).stdout;
    expect(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])).toBeGreaterThanOrEqual(1);
    const text = (await exec("pdftotext", ["-layout", pdf, "-"])).stdout;
    expect(text).toMatch(/[−-]46/);
  });
});

describe("main: browser", () => {
  it("--json prints the browser PDFs are printed with", async () => {
    const { code, stdout, stderr } = await run("browser", "--browser", "/usr/bin/chromium", "--json");
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(onlyJson(stdout)).toEqual({
      executablePath: "/usr/bin/chromium",
      source: "option",
      installed: false,
    });
  });

  it("prints one line naming the browser and where it was found", async () => {
    const { code, stdout } = await run("browser", "--browser", "/usr/bin/chromium");
    expect(code).toBe(0);
    expect(stdout).toBe("Browser: /usr/bin/chromium (--browser)\n");
  });

  it("exits 1 with NPSKIT_E_BROWSER for a --browser that is not there, installing nothing", async () => {
    const { code, stdout, stderr } = await run("browser", "--browser", "/nonexistent/chromium", "--install");
    expect(code).toBe(EXIT.failure);
    expect(stdout).toBe("");
    expect(stderr).toContain('The browser executablePath "/nonexistent/chromium" is not an executable file');
    expect(stderr).toContain("[NPSKIT_E_BROWSER]");
  });
});
