import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const exampleDir = fileURLToPath(new URL("..", import.meta.url));

describe("pnpm demo", () => {
  it("accounts for every record and reports the latest month", async () => {
    const { stdout } = await run(
      process.execPath,
      ["--import", "tsx", "src/demo.ts", "data/responses.ndjson"],
      {
        cwd: exampleDir,
      },
    );
    // 2392 lines: 2296 answered + 92 unanswered + 4 deliberately broken records, each with its line.
    expect(stdout).toContain("Records: 2392 read, 2296 answered, 92 unanswered, 4 rejected");
    expect(stdout).toContain(
      "responses.ndjson:102: /score: must be an integer from 0 to 10, or null (got 11)",
    );
    expect(stdout).toContain(
      'responses.ndjson:1804: /score: is required (for example 9); /scroe: is not a known property (did you mean "score"?)',
    );
    expect(stdout).toContain("responses.ndjson:2301: not valid JSON");
    expect(stdout).toContain("October 2026 (Europe/Moscow)");
    // The August support backlog is a significant drop, and the recovery in October a significant rise.
    expect(stdout).toMatch(/August 2026 .* ▼/);
    expect(stdout).toMatch(/October 2026 .* ▲/);
  }, 60_000);
});
