import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type ArraySource, arraySource, type SourceItem } from "./arraySource.js";

/** The example project's data: a year of responses in npskit's NDJSON format, four of them broken on purpose. */
export const EXAMPLE_DATA = fileURLToPath(
  new URL("../../../examples/monthly-report/data/responses.ndjson", import.meta.url),
);

/**
 * The example data as an in-memory source, read the way the `npskit:ndjson` plugin reads a file (which core
 * cannot depend on): blank lines skipped, a line that is not JSON rejected with its line number, every other
 * line yielded as a record, in batches of 500.
 */
export function exampleSource(): ArraySource {
  const items: SourceItem[] = [];
  readFileSync(EXAMPLE_DATA, "utf8")
    .split("\n")
    .forEach((line, index) => {
      if (line.trim() === "") return;
      const location = { file: "responses.ndjson", line: index + 1 };
      try {
        const response: unknown = JSON.parse(line);
        items.push({ response, location, raw: response });
      } catch (error) {
        items.push({
          reject: { raw: line, reason: `not valid JSON: ${(error as Error).message}`, location },
        });
      }
    });
  const batches: SourceItem[][] = [];
  for (let start = 0; start < items.length; start += 500) batches.push(items.slice(start, start + 500));
  return arraySource("npskit:ndjson", batches);
}
