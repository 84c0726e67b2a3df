// The PDF output with real Chromium and poppler-utils (installed by .ci/run; a missing browser fails here
// with resolveBrowser's message, a missing poppler with how to install it).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InvalidArgumentError, type OutputContext, PluginError, silentLogger } from "@npskit/core";
import { afterAll, describe, expect, it } from "vitest";
import { reportFixture, simpleHtml } from "../test/reportFixture.js";
import { batch } from "./batch.js";
import { pdf } from "./pdfOutput.js";

/** A real browser on a shared 2-core CI machine: the repository's 30 s work budget per test. */
const BROWSER_TEST_TIMEOUT = 30_000;

const outDir = mkdtempSync(join(tmpdir(), "npskit-output-pdf-"));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));
const ctx: OutputContext = { outDir, signal: new AbortController().signal, logger: silentLogger };

function pdfinfo(path: string): Record<string, string> {
  const text = execFileSync("pdfinfo", ["-isodates", path], { encoding: "utf8" });
  return Object.fromEntries(
    text
      .split("\n")
      .filter((line) => line.includes(":"))
      .map((line) => [line.slice(0, line.indexOf(":")).trim(), line.slice(line.indexOf(":") + 1).trim()]),
  );
}

function attachedReport(path: string): unknown {
  const out = join(mkdtempSync(join(tmpdir(), "npskit-detach-")), "report.json");
  execFileSync("pdfdetach", ["-save", "1", "-o", out, path]);
  return JSON.parse(readFileSync(out, "utf8"));
}

describe("pdf output", { timeout: BROWSER_TEST_TIMEOUT }, () => {
  it("writes nps-{period}.pdf with the report's metadata and data, and returns its path", async () => {
    const report = reportFixture();
    const output = pdf({ html: simpleHtml, metadata: { author: "Acme CX" } });
    expect(output.name).toBe("npskit:pdf");
    const result = await output.write(report, ctx);
    const file = join(outDir, "nps-2026-10.pdf");
    expect(result).toEqual({ files: [file] });
    expect(pdfinfo(file)).toMatchObject({
      Title: "NPS report: October 2026",
      Author: "Acme CX",
      Subject: "Net Promoter Score",
      Keywords: "NPS Net Promoter Score 2026-10",
      Creator: "npskit",
      CreationDate: "2026-11-01T09:30:00Z",
      ModDate: "2026-11-01T09:30:00Z",
      Tagged: "yes",
      Pages: "1",
    });
    expect(attachedReport(file)).toEqual(report);
    expect(readdirSync(outDir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("gives the same bytes when the same report is written again", async () => {
    await batch(async (renderer) => {
      const output = pdf({ html: simpleHtml, renderer, fileName: "again-{period}.pdf" });
      const [file] = (await output.write(reportFixture(), ctx))!.files;
      const first = readFileSync(file!);
      await output.write(reportFixture(), ctx);
      expect(readFileSync(file!).equals(first)).toBe(true);
    });
  });

  it("titles a Russian report in Russian", async () => {
    const report = reportFixture({ locale: "ru", scope: { region: "Москва" } });
    const [file] = await batch(async (renderer) => {
      const output = pdf({ html: simpleHtml, renderer, fileName: "nps-{period}-{scope}.pdf" });
      return (await output.write(report, ctx))!.files;
    });
    expect(file).toBe(join(outDir, "nps-2026-10-Москва.pdf"));
    expect(pdfinfo(file!).Title).toBe("Отчёт NPS: октябрь 2026 г. — Москва");
  });

  it("shares one browser across the reports of a batch, and closes it at the end", async () => {
    const pids: (number | undefined)[] = [];
    const files = await batch(async (renderer) => {
      const output = pdf({ html: simpleHtml, renderer, fileName: "batch/nps-{period}-{scope}.pdf" });
      const written: string[] = [];
      for (const region of ["EU", "US", "APAC"]) {
        written.push(...(await output.write(reportFixture({ scope: { region } }), ctx))!.files);
        pids.push(renderer.pid);
      }
      return written;
    });
    expect(files.map((file) => file.slice(outDir.length + 1))).toEqual([
      "batch/nps-2026-10-EU.pdf",
      "batch/nps-2026-10-US.pdf",
      "batch/nps-2026-10-APAC.pdf",
    ]);
    expect(new Set(pids).size).toBe(1);
    expect(() => process.kill(pids[0]!, 0)).toThrow(/ESRCH/);
  });

  it("refuses options it cannot use, when configured", () => {
    expect(() => pdf({} as never)).toThrow(InvalidArgumentError);
    expect(() => pdf({ html: simpleHtml, fileName: "nps-{month}.pdf" })).toThrow(/uses \{month\}/);
  });

  it("refuses a file name pattern that leads outside the output folder", async () => {
    const output = pdf({ html: simpleHtml, fileName: "../escape-{period}.pdf" });
    await expect(output.write(reportFixture(), ctx)).rejects.toThrow(/leads outside the output folder/);
  });

  it("keeps the plugin's error code when the pipeline wraps a failure", async () => {
    const output = pdf({ html: simpleHtml, browser: { executablePath: "/nonexistent/chrome" } });
    const error: PluginError = await output.write(reportFixture(), ctx).then(
      () => expect.unreachable(),
      (cause: unknown) => new PluginError(output.name, "write", cause),
    );
    expect(error.pluginCode).toBe("NPSKIT_E_BROWSER");
    expect(error.message).toMatch(/^plugin "npskit:pdf" failed in write\(\): The browser executablePath/);
  });
});
