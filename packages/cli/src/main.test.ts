import { describe, expect, it } from "vitest";
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
