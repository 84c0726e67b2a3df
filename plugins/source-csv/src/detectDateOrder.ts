/** Order of day and month in slash dates: `MM/DD/YYYY` (US) or `DD/MM/YYYY`. */
export type DateOrder = "MDY" | "DMY";

/** What a sample of dates says about their day/month order. */
export type DateOrderVerdict =
  /** No slash dates in the sample: nothing to decide. */
  | { readonly kind: "none" }
  /** `contradicting` dates fit only the other order (to be rejected when read). */
  | {
      readonly kind: "detected";
      readonly order: DateOrder;
      readonly evidence: string;
      readonly contradicting: number;
    }
  /** Every slash date has both parts ≤ 12. */
  | { readonly kind: "ambiguous"; readonly count: number; readonly example: string }
  /** Both orders are well represented: the column mixes them. */
  | { readonly kind: "mixed"; readonly mdy: string; readonly dmy: string };

/** Share of decisive dates allowed to contradict the majority (typos, a few broken rows). */
const TOLERATED_CONTRADICTIONS = 0.1;

/**
 * The first two numbers of a slash date (`a/b/yyyy`, anything may follow), or `undefined`.
 *
 * @example
 * slashDateParts("07/31/2023 04:21:36 PM") // [7, 31]
 * slashDateParts("2023-07-31")             // undefined
 */
export function slashDateParts(text: string): readonly [number, number] | undefined {
  const match = /^\s*(\d{1,2})\/(\d{1,2})\/\d{4}(?!\d)/.exec(text);
  return match === null ? undefined : [Number(match[1]), Number(match[2])];
}

/**
 * Decides the day/month order of the slash dates in a sample of a date column: a first part over 12 can only
 * be a day (DMY), a second part over 12 only a day too (MDY). The majority decides when the other order has at
 * most 10% of the decisive dates; with no decisive date at all the order is ambiguous, and the caller must
 * ask for the `dateOrder` option. Dates in other formats are ignored.
 *
 * @example
 * detectDateOrder(["31/01/2026", "01/02/2026"]) // { kind: "detected", order: "DMY", evidence: "31/01/2026", contradicting: 0 }
 * detectDateOrder(["01/02/2026", "03/04/2026"]) // { kind: "ambiguous", count: 2, example: "01/02/2026" }
 */
export function detectDateOrder(values: Iterable<string>): DateOrderVerdict {
  let mdy = 0;
  let dmy = 0;
  let ambiguous = 0;
  let mdyExample = "";
  let dmyExample = "";
  let ambiguousExample = "";
  for (const value of values) {
    const parts = slashDateParts(value);
    if (parts === undefined) continue;
    const [first, second] = parts;
    if (first > 12 && second <= 12) {
      dmy += 1;
      dmyExample ||= value.trim();
    } else if (second > 12 && first <= 12) {
      mdy += 1;
      mdyExample ||= value.trim();
    } else if (first <= 12 && second <= 12) {
      ambiguous += 1;
      ambiguousExample ||= value.trim();
    }
  }
  if (mdy === 0 && dmy === 0) {
    return ambiguous === 0
      ? { kind: "none" }
      : { kind: "ambiguous", count: ambiguous, example: ambiguousExample };
  }
  const [order, majority, minority] = mdy > dmy ? (["MDY", mdy, dmy] as const) : (["DMY", dmy, mdy] as const);
  if (minority > (majority + minority) * TOLERATED_CONTRADICTIONS) {
    return { kind: "mixed", mdy: mdyExample, dmy: dmyExample };
  }
  return {
    kind: "detected",
    order,
    evidence: order === "MDY" ? mdyExample : dmyExample,
    contradicting: minority,
  };
}
