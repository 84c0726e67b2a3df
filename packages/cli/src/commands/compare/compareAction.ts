import type { ComparisonMethod } from "@npskit/core";
import type { CommandOptions } from "../../commandContext.js";
import type { CommandIO } from "../../io.js";
import { parseCountsTriple } from "../../options/parseCountsTriple.js";
import { parseLevel } from "../../options/parseLevel.js";
import { formatCompare } from "./formatCompare.js";
import { runCompare } from "./runCompare.js";

/** `npskit compare`: parses both groups, runs the test, prints. */
export function compareAction(options: CommandOptions, io: CommandIO): void {
  const result = runCompare({
    a: parseCountsTriple(String(options.a), "--a"),
    b: parseCountsTriple(String(options.b), "--b"),
    level: parseLevel(String(options.level)),
    method: options.method as ComparisonMethod, // commander checked it against its choices
  });
  io.stdout.write(options.json === true ? `${JSON.stringify(result, null, 2)}\n` : formatCompare(result));
}
