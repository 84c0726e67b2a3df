import { InputError, type Logger } from "@npskit/core";
import { describe, expect, it } from "vitest";
import { resolveDateOrder } from "./resolveDateOrder.js";

function resolve(values: string[]) {
  const logs: string[] = [];
  const logger: Logger = { debug() {}, info: (m) => logs.push(m), warn() {}, error() {} };
  try {
    return { order: resolveDateOrder({ file: "a.csv", column: "Дата", values, logger }), logs };
  } catch (error) {
    return { error: error as InputError, logs };
  }
}

describe("resolveDateOrder", () => {
  it("returns the detected order and says why", () => {
    const tolerated = [...Array.from({ length: 10 }, (_, i) => `${13 + i}/01/2026`), "01/31/2026"];
    expect(resolve(tolerated)).toEqual({
      order: "DMY",
      logs: ['a.csv: dates in column "Дата" read as DD/MM/YYYY (from "13/01/2026"; 1 date does not fit it)'],
    });
    expect(resolve(["01/31/2026 9:00 AM"])).toEqual({
      order: "MDY",
      logs: ['a.csv: dates in column "Дата" read as MM/DD/YYYY (from "01/31/2026 9:00 AM")'],
    });
  });

  it("has nothing to decide without slash dates", () => {
    expect(resolve(["31.01.2026", "2026-01-31"])).toEqual({ order: undefined, logs: [] });
  });

  it.each([
    [
      ["01/02/2026", "03/04/2026"],
      `cannot tell day from month in column "Дата" of a.csv: in all 2 slash dates of its first rows, like "01/02/2026", both parts are 12 or less; set the dateOrder option to "DMY" (day first) or "MDY" (month first)`,
    ],
    [
      ["13/01/2026", "01/13/2026"],
      `column "Дата" of a.csv mixes day-first dates ("13/01/2026") and month-first dates ("01/13/2026"); set the dateOrder option to "DMY" or "MDY"`,
    ],
  ])("asks for dateOrder when %j cannot decide", (values, message) => {
    const { error } = resolve(values);
    expect(error).toBeInstanceOf(InputError);
    expect(error?.message).toBe(message);
    expect(error?.location).toEqual({ file: "a.csv", column: "Дата" });
  });
});
