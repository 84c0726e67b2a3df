import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ingest, type Rejection } from "@npskit/core";
import { checkSourceContract } from "@npskit/core/testing";
import { describe, expect, it } from "vitest";
import { ndjson } from "./ndjsonSource.js";

const fixture = fileURLToPath(new URL("../test/fixtures/mixed.ndjson", import.meta.url));

describe("ndjson source", () => {
  it("keeps the source contract and accounts for every line of a messy file", async () => {
    const report = await checkSourceContract(() => ndjson({ path: fixture, batchSize: 2 }), {
      // 9 lines, one blank: a1, a3 (unanswered), a2 twice (the later answer wins), a4 score 11,
      // a5 broken JSON, an array, a6 with a typo.
      expect: { read: 8, accepted: 2, unanswered: 1, rejected: 4, duplicates: 1 },
    });
    expect(report.violations).toEqual([]);
  });

  it("rejects each bad line with its line number and reason", async () => {
    const rejections: Rejection[] = [];
    await ingest({ sources: [ndjson({ path: fixture })], onReject: (r) => void rejections.push(r) });
    // The fixture's absolute path differs between machines.
    const lines = rejections.map(
      (r) => `${r.location.line} ${r.kind}: ${r.reason.replaceAll(fixture, "<fixture>")}`,
    );
    expect(lines).toMatchInlineSnapshot(`
      [
        "2 duplicate: duplicate id "a2": superseded by the response at <fixture>:7",
        "5 invalid: /score: must be an integer from 0 to 10, or null (got 11)",
        "6 invalid: not valid JSON: Expected ',' or '}' after property value in JSON at position 57",
        "8 invalid: record must be an object (got ["not","an","object"])",
        "9 invalid: /scroe: is not a known property (did you mean "score"?)",
      ]
    `);
  });

  it("strips a UTF-8 byte order mark and reads CRLF files", async () => {
    const dir = await mkdtemp(join(tmpdir(), "npskit-ndjson-"));
    const path = join(dir, "bom.ndjson");
    await writeFile(path, '\uFEFF{"id":"1","score":9,"submittedAt":"2026-10-01T00:00:00Z"}\r\n\r\n');
    const { accounting } = await ingest({ sources: [ndjson({ path })] });
    expect(accounting).toMatchObject({ read: 1, accepted: 1, rejected: 0 });
  });

  it("fails with an input error naming a missing file", async () => {
    await expect(
      ingest({ sources: [ndjson({ path: "/nonexistent/answers.ndjson" })] }),
    ).rejects.toMatchObject({
      code: "NPSKIT_E_PLUGIN",
      pluginCode: "NPSKIT_E_INPUT",
      message:
        'plugin "npskit:ndjson" failed in read(): cannot read /nonexistent/answers.ndjson: no such file',
    });
  });

  it("reads a relative path from the base folder, wherever the process is", async () => {
    const dir = await mkdtemp(join(tmpdir(), "npskit-ndjson-"));
    await writeFile(
      join(dir, "answers.ndjson"),
      '{"id":"1","score":9,"submittedAt":"2026-10-01T00:00:00Z"}\n',
    );
    const { accounting } = await ingest({ sources: [ndjson({ path: "answers.ndjson" })], baseDir: dir });
    expect(accounting).toMatchObject({ read: 1, accepted: 1 });
  });
});
