import { InputError, type Logger } from "@npskit/core";
import { type DateOrder, detectDateOrder } from "./detectDateOrder.js";

/** What {@link resolveDateOrder} looks at. */
export interface DateOrderSample {
  /** The file as the user named it, for messages. */
  readonly file: string;
  /** Name of the date column. */
  readonly column: string;
  /** The date cells of the first data rows. */
  readonly values: readonly string[];
  readonly logger: Logger;
}

/**
 * The day/month order of a file's slash dates, decided from its first rows (see {@link detectDateOrder}) and
 * logged; `undefined` when the column has no slash dates. Throws an `InputError` (NPSKIT_E_INPUT) that asks
 * for the `dateOrder` option when every date could be read either way, or when the column mixes both orders:
 * guessing would put responses in the wrong month.
 *
 * @example
 * resolveDateOrder({ file: "a.csv", column: "date", values: ["31/01/2026"], logger }) // "DMY"
 * resolveDateOrder({ file: "a.csv", column: "date", values: ["01/02/2026"], logger }) // throws: cannot tell day from month…
 */
export function resolveDateOrder(sample: DateOrderSample): DateOrder | undefined {
  const { file, column, values, logger } = sample;
  const verdict = detectDateOrder(values);
  const location = { file, column };
  switch (verdict.kind) {
    case "none":
      return undefined;
    case "ambiguous":
      throw new InputError(
        `cannot tell day from month in column ${JSON.stringify(column)} of ${file}: in all ${verdict.count} ` +
          `slash dates of its first rows, like ${JSON.stringify(verdict.example)}, both parts are 12 or less; ` +
          `set the dateOrder option to "DMY" (day first) or "MDY" (month first)`,
        { location },
      );
    case "mixed":
      throw new InputError(
        `column ${JSON.stringify(column)} of ${file} mixes day-first dates (${JSON.stringify(verdict.dmy)}) and ` +
          `month-first dates (${JSON.stringify(verdict.mdy)}); set the dateOrder option to "DMY" or "MDY"`,
        { location },
      );
    case "detected": {
      const form = verdict.order === "MDY" ? "MM/DD/YYYY" : "DD/MM/YYYY";
      const n = verdict.contradicting;
      const contradicting =
        n === 0 ? "" : n === 1 ? "; 1 date does not fit it" : `; ${n} dates do not fit it`;
      logger.info(
        `${file}: dates in column ${JSON.stringify(column)} read as ${form} ` +
          `(from ${JSON.stringify(verdict.evidence)}${contradicting})`,
      );
      return verdict.order;
    }
  }
}
