import { readFile } from "node:fs/promises";
import { InputError } from "@npskit/core";
import { type Benchmark, parseBenchmark } from "./benchmark.js";

/**
 * Reads and checks a benchmark file (JSON, see `schema/benchmark.schema.json`). A missing or unreadable file
 * throws {@link InputError}; a file that is not valid JSON or not a valid benchmark throws with the file named.
 *
 * @example
 * const benchmark = await loadBenchmark("examples/benchmarks/example-saas.json");
 * benchmark.example // true: made-up numbers
 */
export async function loadBenchmark(path: string): Promise<Benchmark> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new InputError(`cannot read the benchmark file ${path}: ${(error as Error).message}`, {
      cause: error,
      location: { file: path },
    });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(`the benchmark file ${path} is not valid JSON: ${(error as Error).message}`, {
      cause: error,
      location: { file: path },
    });
  }
  return parseBenchmark(value, { file: path });
}
