import { readFileSync } from "node:fs";
import {
  ConfigError,
  createAjv,
  type ErrorLocation,
  type ValidationIssue,
  validationIssues,
} from "@npskit/core";

type Validator = ReturnType<ReturnType<typeof createAjv>["compile"]>;

/** A benchmark file's content (see `schema/benchmark.schema.json`). */
export interface Benchmark {
  /** Industry or peer group. */
  readonly name: string;
  readonly description?: string;
  /** Who published the figures. */
  readonly source: string;
  readonly year: number;
  /** True when the numbers are made up for illustration. */
  readonly example: boolean;
  readonly mean?: number;
  readonly quartiles?: { readonly q1: number; readonly median: number; readonly q3: number };
}

let compiled: Validator | undefined;

// The schema is a file of the package (also exported for editors), read once next to src/ or dist/.
function validator(): Validator {
  if (compiled === undefined) {
    const schema: unknown = JSON.parse(
      readFileSync(new URL("../schema/benchmark.schema.json", import.meta.url), "utf8"),
    );
    compiled = createAjv().compile(schema as object);
  }
  return compiled;
}

/**
 * Checks a parsed benchmark file against `benchmark.schema.json` (JSON Schema 2020-12) and that its quartiles
 * are in order; throws {@link ConfigError} (code `NPSKIT_E_CONFIG`) with one line per problem, naming the key.
 *
 * @example
 * parseBenchmark({ name: "SaaS", source: "Acme", year: 2025, example: false, mean: 41 }) // the same object
 * parseBenchmark({ name: "SaaS", source: "Acme", year: "2025", example: false, mean: 41 })
 * // ConfigError: "/year: must be an integer from 1990 to 2100 (got \"2025\")"
 */
export function parseBenchmark(value: unknown, location: ErrorLocation = {}): Benchmark {
  const validate = validator();
  if (!validate(value)) {
    throw new ConfigError(issuesOf(validationIssues(validate.errors ?? [])), { location });
  }
  const benchmark = value as Benchmark;
  const quartiles = benchmark.quartiles;
  if (quartiles !== undefined && !(quartiles.q1 <= quartiles.median && quartiles.median <= quartiles.q3)) {
    throw new ConfigError([{ pointer: "/quartiles", message: "must be in order: q1 ≤ median ≤ q3" }], {
      location,
    });
  }
  return benchmark;
}

/** ajv says "is required" for both branches of the anyOf and "must match a schema in anyOf": say it once. */
function issuesOf(issues: readonly ValidationIssue[]): ValidationIssue[] {
  const branch = (issue: ValidationIssue) =>
    (issue.pointer === "/mean" || issue.pointer === "/quartiles") && issue.message.startsWith("is required");
  if (!issues.some(branch)) return [...issues];
  return [
    ...issues.filter((issue) => !branch(issue) && !(issue.pointer === "" && issue.message.includes("anyOf"))),
    { pointer: "/mean", message: "is required (or quartiles: { q1, median, q3 })" },
  ];
}
