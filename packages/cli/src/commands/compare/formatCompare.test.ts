import { describe, expect, it } from "vitest";
import { formatCompare } from "./formatCompare.js";
import { runCompare } from "./runCompare.js";

const A = { promoters: 600, passives: 250, detractors: 150 } as const;
const B = { promoters: 80, passives: 30, detractors: 40 } as const;

describe("formatCompare", () => {
  it("prints both groups, B − A with its interval, and a significant verdict", () => {
    expect(formatCompare(runCompare({ a: A, b: B }))).toMatchInlineSnapshot(`
      "           n     NPS   95 % interval
      A       1000    45.0    40.3 to 49.4
      B        150    26.7    12.6 to 39.6
      B − A          −18.3   −33.0 to −4.5

      B is lower than A, significant at 95 % (z = −2.57, p = 0.010).
      Method: z-test on the difference, adjusted Wald.
      "
    `);
  });

  it("says there is no significant difference when the interval includes 0", () => {
    expect(
      formatCompare(
        runCompare({
          a: { promoters: 60, passives: 20, detractors: 20 },
          b: { promoters: 55, passives: 25, detractors: 20 },
        }),
      ),
    ).toMatchInlineSnapshot(`
      "          n    NPS   95 % interval
      A       100   40.0    23.4 to 54.3
      B       100   35.0    18.7 to 49.3
      B − A         −5.0   −26.6 to 16.9

      No significant difference at 95 % (z = −0.44, p = 0.662); the interval of B − A includes 0.
      Method: z-test on the difference, adjusted Wald.
      "
    `);
  });

  it("prints equal groups as a zero difference with p = 1", () => {
    expect(formatCompare(runCompare({ a: A, b: A }))).toMatchInlineSnapshot(`
      "           n    NPS   95 % interval
      A       1000   45.0    40.3 to 49.4
      B       1000   45.0    40.3 to 49.4
      B − A           0.0     −6.5 to 6.5

      No significant difference at 95 % (z = 0.00, p = 1.000); the interval of B − A includes 0.
      Method: z-test on the difference, adjusted Wald.
      "
    `);
  });

  it("prints a higher B with a plus sign, and the level and method chosen", () => {
    expect(formatCompare(runCompare({ a: B, b: A, method: "wald", level: 0.99 }))).toMatchInlineSnapshot(`
      "           n     NPS   99 % interval
      A        150    26.7     8.7 to 44.6
      B       1000    45.0    39.0 to 51.0
      B − A          +18.3    −0.6 to 37.3

      No significant difference at 99 % (z = 2.49, p = 0.013); the interval of B − A includes 0.
      Method: z-test on the difference, Wald.
      "
    `);
  });

  it("prints an infinite z (Wald, zero variance in both groups) instead of failing", () => {
    expect(
      formatCompare(
        runCompare({
          a: { promoters: 10, passives: 0, detractors: 0 },
          b: { promoters: 0, passives: 0, detractors: 10 },
          method: "wald",
        }),
      ),
    ).toMatchInlineSnapshot(`
      "         n      NPS      95 % interval
      A       10    100.0     100.0 to 100.0
      B       10   −100.0   −100.0 to −100.0
      B − A        −200.0   −200.0 to −200.0

      B is lower than A, significant at 95 % (z = −∞, p < 0.001).
      Method: z-test on the difference, Wald.
      "
    `);
  });
});
