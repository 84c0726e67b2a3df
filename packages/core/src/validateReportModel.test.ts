import { describe, expect, it } from "vitest";
import { accountingOf } from "../test/accountingOf.js";
import { addResponses } from "../test/addResponses.js";
import { thrown } from "../test/thrown.js";
import { Aggregator } from "./aggregator.js";
import { buildReportModel } from "./buildReportModel.js";
import { InvalidReportError } from "./errors.js";
import type { ReportModel } from "./reportModel.js";
import { assertReportModel, validateReportModel } from "./validateReportModel.js";

function exampleModel(): ReportModel {
  const aggregator = new Aggregator({ breakdowns: [["region"]] });
  addResponses(aggregator, "2026-10-15T12:00:00Z", 10, 8, { region: "Europe" });
  addResponses(aggregator, "2026-10-15T12:00:00Z", 3, 4, { region: "APAC" });
  addResponses(aggregator, "2026-09-15T12:00:00Z", 8, 4, { region: "APAC" });
  const aggregation = aggregator.result();
  return buildReportModel({
    aggregation,
    accounting: accountingOf(aggregation),
    now: new Date("2026-11-02T09:00:00Z"),
    trendLength: 3,
  });
}

/** A deep copy of the example model, changed by `edit` (which casts where it breaks the types on purpose). */
function changed(edit: (model: ReportModel) => void): unknown {
  const model = structuredClone(exampleModel());
  edit(model);
  return model;
}

/** A part of the model as loose JSON, to set or remove keys the types do not allow. */
const loose = (value: object) => value as Record<string, unknown>;

/** The issues of an invalid model as "pointer: message" lines. */
function problems(value: unknown): string[] {
  const result = validateReportModel(value);
  if (result.valid) throw new Error("expected the model to be invalid");
  return result.issues.map((issue) => `${issue.pointer}: ${issue.message}`);
}

describe("validateReportModel", () => {
  it("accepts a built model, and its JSON round trip, returning it as the model", () => {
    const model = exampleModel();
    expect(validateReportModel(model)).toEqual({ valid: true, model });
    expect(validateReportModel(JSON.parse(JSON.stringify(model))).valid).toBe(true);
  });

  it("accepts a complete recommendation and the insights section", () => {
    const model = changed((m) => {
      m.recommendations = [
        {
          id: "lagging-segment/region=APAC",
          rule: "npskit:lagging-segments",
          area: "product",
          priority: 62.5,
          title: "t",
          rationale: "r",
          subject: { kind: "segment", dimension: "region", value: "APAC" },
          evidence: ["e"],
          references: ["/segments/0/rows/3", "/overall/nps", "/a~1b/c~0d"],
          actions: ["a", "b"],
        },
      ];
      m.insights = {
        themes: [],
        distinctiveTerms: [],
        drivers: [],
        followUp: null,
        goal: null,
        benchmark: null,
      };
    });
    expect(validateReportModel(model).valid).toBe(true);
  });

  it("refuses a recommendation without its rationale or with a reference that is not a JSON pointer", () => {
    const base = {
      id: "x",
      rule: "x",
      area: "goals" as const,
      priority: 1,
      title: "t",
      rationale: "r",
      evidence: [],
      references: [],
      actions: ["a"],
    };
    const { rationale: _, ...noRationale } = base;
    const withoutRationale = changed((m) => {
      loose(m).recommendations = [noRationale];
    });
    expect(validateReportModel(withoutRationale).valid).toBe(false);
    const badPointer = changed((m) => {
      m.recommendations = [{ ...base, references: ["segments/0"] }];
    });
    expect(validateReportModel(badPointer).valid).toBe(false);
  });

  it.each<[string, (model: ReportModel) => void, string]>([
    [
      "another schema version",
      (m) => {
        m.schemaVersion = 2 as 1;
      },
      "/schemaVersion: must be equal to constant",
    ],
    [
      "a date without an offset",
      (m) => {
        m.generatedAt = "2026-11-02 09:00";
      },
      '/generatedAt: must be a date-time with a time zone offset (got "2026-11-02 09:00")',
    ],
    [
      "an unknown locale",
      (m) => {
        m.locale = "de" as "en";
      },
      '/locale: must be one of "en", "ru" (got "de")',
    ],
    [
      "a missing section",
      (m) => {
        delete loose(m).method;
      },
      "/method: is required",
    ],
    [
      "an unknown key",
      (m) => {
        loose(m).overal = {};
      },
      '/overal: is not a known property (did you mean "overall"?)',
    ],
    [
      "a fractional count",
      (m) => {
        m.overall.answered = 1.5;
      },
      "/overall/answered: must be an integer of at least 0 (got 1.5)",
    ],
    [
      "a histogram of 10 scores",
      (m) => {
        m.distribution.counts.pop();
      },
      "/distribution/counts: must NOT have fewer than 11 items",
    ],
    [
      "a level of 1",
      (m) => {
        m.overall.interval!.level = 1;
      },
      "/overall/interval/level: must be a number greater than 0 and less than 1 (got 1)",
    ],
    [
      "a score of 11 in a comment",
      (m) => {
        m.comments.promoter = [
          { id: "1", score: 11, text: "x", submittedAt: "2026-10-01T00:00:00Z", segments: {} },
        ];
      },
      "/comments/promoter/0/score: must be an integer from 0 to 10 (got 11)",
    ],
    [
      "a non-string scope value",
      (m) => {
        loose(m).scope = { region: 1 };
      },
      "/scope/region: must be a string (got 1)",
    ],
    [
      "a null count in data quality",
      (m) => {
        loose(m.dataQuality).read = null;
      },
      "/dataQuality/read: must be an integer of at least 0 (got null)",
    ],
    [
      "a fractional previous count in a segment row",
      (m) => {
        m.segments[0]!.rows[1]!.previous = { answered: 1.5, nps: 0 };
      },
      "/segments/0/rows/1/previous/answered: must be an integer of at least 0 (got 1.5)",
    ],
  ])("rejects %s", (_, edit, issue) => {
    expect(problems(changed(edit))).toContain(issue);
  });

  it("accepts segment rows without `previous` (models from before it existed) and with it null", () => {
    const model = exampleModel();
    expect(model.segments[0]!.rows.map((row) => row.previous)).toEqual([null, { answered: 4, nps: 0 }]);
    const without = changed((m) => {
      for (const row of m.segments[0]!.rows) delete row.previous;
    });
    expect(validateReportModel(without).valid).toBe(true);
  });

  it("rejects what is not a model at all", () => {
    expect(problems(null)).toEqual([": must be an object (got null)"]);
  });
});

describe("assertReportModel", () => {
  it("passes a valid model", () => {
    expect(() => assertReportModel(exampleModel())).not.toThrow();
  });

  it("throws InvalidReportError with every issue", () => {
    const error = thrown(() =>
      assertReportModel(
        changed((m) => {
          m.locale = "de" as "en";
          loose(m).target = "high";
        }),
      ),
    );
    expect(error).toBeInstanceOf(InvalidReportError);
    expect(error).toMatchObject({
      code: "NPSKIT_E_INVALID_REPORT",
      issues: [
        { pointer: "/locale", message: 'must be one of "en", "ru" (got "de")' },
        { pointer: "/target", message: 'must be a number, or null (got "high")' },
      ],
    });
    expect((error as Error).message).toBe(
      'invalid report model: /locale: must be one of "en", "ru" (got "de"); /target: must be a number, or null (got "high")',
    );
  });
});
