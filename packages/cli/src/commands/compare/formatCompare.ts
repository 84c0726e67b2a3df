import { columns, fixed, METHOD_NAMES, percentLevel } from "../../format.js";
import type { CompareResult } from "./runCompare.js";

/**
 * The terminal form of a {@link CompareResult}: both groups, the difference with its interval, and a
 * one-line verdict that says how sure we are, not just "significant".
 */
export function formatCompare(result: CompareResult): string {
  const level = percentLevel(result.interval.level);
  const method = METHOD_NAMES[result.interval.method];
  const header = ["", "n", "NPS", `${level} interval`];
  const rows = [
    [
      "A",
      String(result.a.n),
      fixed(result.a.nps, 1),
      `${fixed(result.a.interval.low, 1)} to ${fixed(result.a.interval.high, 1)}`,
    ],
    [
      "B",
      String(result.b.n),
      fixed(result.b.nps, 1),
      `${fixed(result.b.interval.low, 1)} to ${fixed(result.b.interval.high, 1)}`,
    ],
    [
      "B − A",
      "",
      signed(result.difference),
      `${fixed(result.interval.low, 1)} to ${fixed(result.interval.high, 1)}`,
    ],
  ];
  const p = result.p < 0.001 ? "< 0.001" : `= ${result.p.toFixed(3)}`;
  const verdict = result.significant
    ? `B is ${result.difference < 0 ? "lower" : "higher"} than A, significant at ${level} (z = ${fixed(result.z, 2)}, p ${p}).`
    : `No significant difference at ${level} (z = ${fixed(result.z, 2)}, p ${p}); the interval of B − A includes 0.`;
  return `${columns(header, rows)}\n\n${verdict}\nMethod: z-test on the difference, ${method}.\n`;
}

function signed(value: number): string {
  return value > 0 ? `+${fixed(value, 1)}` : fixed(value, 1);
}
