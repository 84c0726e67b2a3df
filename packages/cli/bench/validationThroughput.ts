import { validateResponse } from "@npskit/core";
import { median } from "./median.js";

/** Medians of {@link validationThroughput}, in responses per second. */
export interface ValidationThroughput {
  readonly responses: number;
  /** Baseline: `JSON.parse` of each NDJSON line. */
  readonly parsePerSecond: number;
  /** `validateResponse` of each already parsed response. */
  readonly validatePerSecond: number;
  /** Time to validate ÷ time to parse the same responses: how much the schema check adds to reading. */
  readonly ratio: number;
}

const REGIONS = ["North America", "Europe", "UK & Ireland", "APAC", "LATAM", "Middle East & Africa"];
const PLANS = ["free", "pro", "enterprise"];
const COMMENTS = [
  "Great product",
  'The "Insights" dashboard, finally',
  "Очень медленно, отчёты грузятся минутами",
];

/**
 * NDJSON lines of valid responses shaped like the CSV source's output (id, score — sometimes null —,
 * submittedAt with `Z`, region and plan segments, a comment on about a third), deterministic so that runs
 * compare.
 */
export function generateResponseLines(count: number): string[] {
  let state = 42;
  const next = (n: number): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0; // an LCG: enough to vary fields, and repeatable
    return (state >>> 8) % n;
  };
  const pad = (n: number) => String(n).padStart(2, "0");
  return Array.from({ length: count }, (_, i) => {
    const score = next(50) === 0 ? null : next(11);
    const submittedAt = `2025-${pad(1 + next(12))}-${pad(1 + next(28))}T${pad(next(24))}:${pad(next(60))}:${pad(next(60))}Z`;
    const response = {
      id: String(i + 1),
      score,
      submittedAt,
      segments: { region: REGIONS[next(REGIONS.length)]!, plan: PLANS[next(PLANS.length)]! },
      ...(next(3) === 0 && { comment: COMMENTS[next(COMMENTS.length)]! }),
      source: "npskit:csv",
    };
    return JSON.stringify(response);
  });
}

/**
 * Throughput of `validateResponse` (ajv, JSON Schema 2020-12) against `JSON.parse` of the same responses, in
 * the same process and run, `rounds` times alternately; medians. One untimed round first, so that ajv's
 * one-off schema compilation and the JIT warm-up are not charged to either side.
 */
export function validationThroughput(count: number, rounds: number): ValidationThroughput {
  const lines = generateResponseLines(count);
  const parseAll = (): unknown[] => lines.map((line) => JSON.parse(line) as unknown);
  const validateAll = (values: readonly unknown[]): number => {
    let valid = 0;
    for (const value of values) if (validateResponse(value).valid) valid++;
    return valid;
  };
  const timed = <T>(work: () => T): [T, number] => {
    const start = performance.now();
    const result = work();
    return [result, (performance.now() - start) / 1000];
  };

  validateAll(parseAll());
  const parseSeconds: number[] = [];
  const validateSeconds: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const [values, parsing] = timed(parseAll);
    const [valid, validating] = timed(() => validateAll(values));
    // A response the schema refuses would take the slow, detailed path and skew the figure.
    if (valid !== count) throw new Error(`${count - valid} generated responses failed validation`);
    parseSeconds.push(parsing);
    validateSeconds.push(validating);
  }
  const parse = median(parseSeconds);
  const validate = median(validateSeconds);
  return {
    responses: count,
    parsePerSecond: count / parse,
    validatePerSecond: count / validate,
    ratio: validate / parse,
  };
}
