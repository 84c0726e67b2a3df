import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeDir, tempDir } from "../../../test/reportData.js";
import { gateAnnotation, inGitHubActions, rejectionAnnotation, writeStepOutputs } from "./githubActions.js";
import type { ReportRun, ReportSummary } from "./runReport.js";

let dir = "";
beforeAll(async () => {
  dir = await tempDir("npskit-github-");
});
afterAll(() => removeDir(dir));

function summary(
  scope: Record<string, string>,
  files: string[],
  displayed: number | null = 33,
): ReportSummary {
  return {
    scope,
    answered: displayed === null ? 0 : 196,
    nps: displayed === null ? null : displayed + 0.16,
    displayed,
    interval: null,
    change: null,
    files,
  };
}

function run(overrides: Partial<ReportRun> = {}): ReportRun {
  return {
    config: null,
    period: "2026-10",
    outDir: "/out",
    accounting: {
      read: 10,
      accepted: 7,
      unanswered: 1,
      rejected: 2,
      duplicates: 0,
      rejectedByReason: {},
      sources: [],
    },
    quarantine: "/out/nps-2026-10.quarantine.ndjson",
    reports: [summary({}, ["/out/nps-2026-10.pdf", "/out/nps-2026-10.html"])],
    gateFailures: [],
    ...overrides,
  } as ReportRun;
}

describe("inGitHubActions", () => {
  it.each([
    [{ GITHUB_ACTIONS: "true" }, true],
    [{ GITHUB_ACTIONS: "false" }, false],
    [{ GITHUB_ACTIONS: "1" }, false],
    [{ GITHUB_ACTIONS: "" }, false],
    [{}, false],
  ])("%j → %s", (env, expected) => {
    expect(inGitHubActions(env)).toBe(expected);
  });
});

describe("gateAnnotation", () => {
  it("is one ::error line with the gate as title", () => {
    expect(
      gateAnnotation({
        gate: "fail-under",
        scope: "all responses",
        message: "NPS 33.2 (shown as 33) for 2026-10 is under --fail-under 40",
      }),
    ).toBe(
      "::error title=NPS gate fail-under::NPS 33.2 (shown as 33) for 2026-10 is under --fail-under 40\n",
    );
  });

  it("escapes %, CR and LF so that a segment value cannot start another workflow command", () => {
    const message = "NPS 10 for 2026-10 (region=EU\n::set-output name=x::100%\r) is under --fail-under 30";
    const line = gateAnnotation({ gate: "fail-on-drop", scope: "region=EU", message });
    expect(line).toBe(
      "::error title=NPS gate fail-on-drop::NPS 10 for 2026-10 (region=EU%0A::set-output name=x::100%25%0D) is under --fail-under 30\n",
    );
    expect(line.split("\n")).toHaveLength(2);
  });
});

describe("rejectionAnnotation", () => {
  it("warns with the quarantine file relative to the working folder", () => {
    expect(rejectionAnnotation(run(), "/out")).toBe(
      "::warning title=npskit rejected records::2 of 10 records were rejected; see nps-2026-10.quarantine.ndjson\n",
    );
  });

  it.each([
    ["nothing was rejected", { accounting: { ...run().accounting, rejected: 0, duplicates: 3 } }],
    ["there is no quarantine file", { quarantine: null }],
  ])("says nothing when %s", (_, overrides) => {
    expect(rejectionAnnotation(run(overrides as Partial<ReportRun>), "/out")).toBeUndefined();
  });
});

describe("writeStepOutputs", () => {
  it("appends period, nps, gates, the first file of each format and every file as a heredoc", async () => {
    const file = join(dir, "output-1");
    await writeFile(file, "earlier=kept\n");
    await writeStepOutputs(
      file,
      run({
        reports: [
          summary({}, ["/out/nps-2026-10-all.pdf", "/out/nps-2026-10-all.json"]),
          summary(
            { region: "EU" },
            ["/out/nps-2026-10-EU.pdf", "/out/nps-2026-10-EU.json", "/out/nps-2026-10-EU.md"],
            20,
          ),
        ],
        gateFailures: [{ gate: "fail-under", scope: "region=EU", message: "…" }],
      }),
    );
    expect(await readFile(file, "utf8")).toBe(
      [
        "earlier=kept",
        "period=2026-10",
        "nps=33",
        "nps-exact=33.16",
        "gates=failed",
        "pdf=/out/nps-2026-10-all.pdf",
        "html=",
        "json=/out/nps-2026-10-all.json",
        "md=/out/nps-2026-10-EU.md",
        "files<<NPSKIT_EOF",
        "/out/nps-2026-10-all.pdf",
        "/out/nps-2026-10-all.json",
        "/out/nps-2026-10-EU.pdf",
        "/out/nps-2026-10-EU.json",
        "/out/nps-2026-10-EU.md",
        "NPSKIT_EOF",
        "",
      ].join("\n"),
    );
  });

  it("leaves nps empty without answers and says the gates passed", async () => {
    const file = join(dir, "output-2");
    await writeStepOutputs(file, run({ reports: [summary({}, [], null)] }));
    const lines = (await readFile(file, "utf8")).split("\n");
    expect(lines.slice(0, 4)).toEqual(["period=2026-10", "nps=", "nps-exact=", "gates=passed"]);
    expect(lines.slice(-4)).toEqual(["files<<NPSKIT_EOF", "", "NPSKIT_EOF", ""]);
  });

  it("picks a heredoc delimiter that no file name contains", async () => {
    const file = join(dir, "output-3");
    await writeStepOutputs(
      file,
      run({ reports: [summary({}, ["/out/NPSKIT_EOF/nps.pdf", "/out/NPSKIT_EOF_/nps.html"])] }),
    );
    const text = await readFile(file, "utf8");
    expect(text).toContain(
      "files<<NPSKIT_EOF__\n/out/NPSKIT_EOF/nps.pdf\n/out/NPSKIT_EOF_/nps.html\nNPSKIT_EOF__\n",
    );
  });
});
