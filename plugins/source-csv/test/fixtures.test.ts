// The committed fixtures are what test/fixtures/makeFixtures.mjs writes: regenerate them into a temporary
// folder and compare byte for byte, so a fixture cannot drift from the script that documents it.
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const FIXTURES = fileURLToPath(new URL("fixtures/", import.meta.url));
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "npskit-csv-fixtures-"));
  await promisify(execFile)(process.execPath, [join(FIXTURES, "makeFixtures.mjs"), dir]);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("fixtures", () => {
  it("are exactly what makeFixtures.mjs writes", async () => {
    const made = (await readdir(dir)).sort();
    const committed = (await readdir(FIXTURES)).filter((name) => name !== "makeFixtures.mjs").sort();
    expect(committed).toEqual(made);
    for (const name of made) {
      expect(
        Buffer.compare(await readFile(join(dir, name)), await readFile(join(FIXTURES, name))),
        name,
      ).toBe(0);
    }
  });
});
