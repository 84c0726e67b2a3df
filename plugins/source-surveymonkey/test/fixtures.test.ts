// The committed fixtures are what test/fixtures/makeFixtures.mjs writes: regenerate them into a temporary
// folder and compare (CSV byte for byte; XLSX cell for cell, as its ZIP holds timestamps), so that a fixture
// cannot drift from the script that documents it. acme-condensed-text.csv must stay a verbatim copy of the
// shared fixture.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { readSheet } from "read-excel-file/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const FIXTURES = fileURLToPath(new URL("fixtures/", import.meta.url));
const SHARED = fileURLToPath(
  new URL("../../../../shared/fixtures/surveymonkey/acme-condensed-text.csv", import.meta.url),
);
const COPIED = "acme-condensed-text.csv";
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "npskit-surveymonkey-fixtures-"));
  await promisify(execFile)(process.execPath, [join(FIXTURES, "makeFixtures.mjs"), dir]);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("fixtures", () => {
  it("are exactly what makeFixtures.mjs writes", async () => {
    const made = (await readdir(dir)).sort();
    const committed = (await readdir(FIXTURES))
      .filter((name) => name !== "makeFixtures.mjs" && name !== COPIED)
      .sort();
    expect(committed).toEqual(made);
    for (const name of made) {
      const [fresh, kept] = [join(dir, name), join(FIXTURES, name)];
      if (name.endsWith(".xlsx")) {
        expect(await readSheet(kept), name).toEqual(await readSheet(fresh));
      } else {
        expect(Buffer.compare(await readFile(fresh), await readFile(kept)), name).toBe(0);
      }
    }
  });

  it.runIf(existsSync(SHARED))("keep a verbatim copy of the shared SurveyMonkey fixture", async () => {
    expect(Buffer.compare(await readFile(join(FIXTURES, COPIED)), await readFile(SHARED))).toBe(0);
  });
});
