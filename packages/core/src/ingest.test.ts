import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { arraySource, recordAt, rejectAt } from "../test/arraySource.js";
import { deferringDuplicateTracker } from "../test/deferringDuplicateTracker.js";
import { INVALID_RECORDS, inputSourcesArbitrary, sourceItemsOf } from "../test/ingestInput.js";
import { referenceIngest } from "../test/referenceIngest.js";
import { thrownAsync } from "../test/thrownAsync.js";
import type { Accounting } from "./accounting.js";
import type { Aggregation } from "./aggregation.js";
import { Aggregator } from "./aggregator.js";
import { DUPLICATE_POLICIES, type DuplicatePolicy, type DuplicateTracker } from "./duplicateTracker.js";
import { type ErrorLocation, InputError, PluginError } from "./errors.js";
import { type IngestOptions, type IngestProgress, type IngestResult, ingest } from "./ingest.js";
import type { Logger } from "./logger.js";
import { memoryDuplicateTracker } from "./memoryDuplicateTracker.js";
import type { AggregateQuery, AggregateResult, SourceContext, SourcePlugin } from "./plugin.js";
import type { Rejection } from "./rejection.js";
import type { SurveyResponse } from "./surveyResponse.js";

function response(id: string, score: number | null, day: number, region?: string): SurveyResponse {
  const submittedAt = `2026-10-${String(day).padStart(2, "0")}T09:00:00Z`;
  return { id, score, submittedAt, ...(region !== undefined && { segments: { region } }) };
}

/** Responses counted with a plain Aggregator, by region: what `ingest` must give when it keeps exactly these. */
function aggregationOf(responses: readonly SurveyResponse[]): Aggregation {
  const aggregator = new Aggregator({ breakdowns: [["region"]] });
  for (const r of responses) aggregator.add(r);
  return aggregator.result();
}

/** The same, overall only. */
function aggregationOfTotal(responses: readonly SurveyResponse[]): Aggregation {
  const aggregator = new Aggregator();
  for (const r of responses) aggregator.add(r);
  return aggregator.result();
}

// Valid: crm 2 (id 1), crm 3 (id 2, unanswered), crm 7 (id 1 again, later), hub 2 (id 2 again, later, answered),
// hub 4 (id 6, unanswered). Invalid: crm 4 (score 11, with its raw CSV fields), crm 5 (the source's own reject),
// crm 6 (a date without an offset), hub 3 (an unknown key).
const V1 = response("1", 10, 1, "Europe");
const V2 = response("2", null, 1, "Europe");
const V3 = response("1", 6, 5, "APAC");
const V4 = response("2", 9, 3, "Сибирь");
const V5 = response("6", null, 4, "APAC");

function mixedSources() {
  return [
    arraySource("test:crm", [
      [
        recordAt(2, V1),
        recordAt(3, V2),
        recordAt(4, { ...response("3", 10, 2), score: 11 }, ["3", "11", "2.10"]),
      ],
      [
        rejectAt(5, "unterminated quote (the field opens here)", '4,"9,2026-10-02'),
        recordAt(6, { ...response("4", 3, 2), submittedAt: "2026-10-02 09:00" }),
        recordAt(7, V3),
      ],
    ]),
    arraySource("test:hub", [
      [
        recordAt(2, V4, undefined, "hub.jsonl"),
        recordAt(3, { ...response("5", 8, 3), scroe: 8 }, undefined, "hub.jsonl"),
        recordAt(4, V5, undefined, "hub.jsonl"),
      ],
    ]),
  ];
}

const CRM_REJECTED = { "invalid /score": 1, "invalid /submittedAt": 1, "unterminated quote": 1 };
const HUB_REJECTED = { "invalid /scroe": 1 };

function counts(
  read: number,
  [accepted, unanswered, rejected, duplicates]: readonly [number, number, number, number],
  rejectedByReason: Record<string, number>,
): Accounting {
  return { read, accepted, unanswered, rejected, duplicates, rejectedByReason };
}

function trackers(policy: DuplicatePolicy): [string, () => Partial<IngestOptions>][] {
  return [
    ["the duplicates option", () => ({ duplicates: policy })],
    ["a tracker that decides at once", () => ({ duplicateTracker: memoryDuplicateTracker(policy) })],
    ["a tracker that defers to finish()", () => ({ duplicateTracker: deferringDuplicateTracker(policy) })],
  ];
}

describe("ingest: accounting", () => {
  it.each<
    [DuplicatePolicy, SurveyResponse[], [number, number, number, number], [number, number, number, number]]
  >([
    // policy, kept, crm [accepted, unanswered, rejected, duplicates], hub [the same]
    ["keep-latest", [V3, V4, V5], [1, 0, 3, 2], [1, 1, 1, 0]],
    ["keep-first", [V1, V2, V5], [1, 1, 3, 1], [0, 1, 1, 1]],
    ["keep-all", [V1, V2, V3, V4, V5], [2, 1, 3, 0], [1, 1, 1, 0]],
  ])("accounts for every record under %s, per source and in total", async (policy, kept, crm, hub) => {
    for (const [, options] of trackers(policy)) {
      const result = await ingest({ sources: mixedSources(), breakdowns: [["region"]], ...options() });
      expect(result.sources).toEqual([
        { source: "test:crm", ...counts(6, crm, CRM_REJECTED) },
        { source: "test:hub", ...counts(3, hub, HUB_REJECTED) },
      ]);
      const sum = crm.map((count, i) => count + hub[i]!) as [number, number, number, number];
      expect(result.accounting).toEqual(counts(9, sum, { ...CRM_REJECTED, ...HUB_REJECTED }));
      for (const a of [result.accounting, ...result.sources]) {
        expect(a.accepted + a.unanswered + a.rejected + a.duplicates).toBe(a.read);
      }
      expect(result.aggregation).toEqual(aggregationOf(kept));
    }
  });

  it("sorts rejectedByReason by category, whatever order the records came in", async () => {
    const { accounting, sources } = await ingest({ sources: mixedSources() });
    expect(Object.keys(sources[0]!.rejectedByReason)).toEqual([
      "invalid /score",
      "invalid /submittedAt",
      "unterminated quote",
    ]);
    expect(Object.keys(accounting.rejectedByReason)).toEqual([
      "invalid /score",
      "invalid /scroe",
      "invalid /submittedAt",
      "unterminated quote",
    ]);
  });

  it("keeps the latest submittedAt by default", async () => {
    const byDefault = await ingest({ sources: mixedSources() });
    const latest = await ingest({ sources: mixedSources(), duplicates: "keep-latest" });
    expect(byDefault).toEqual(latest);
  });

  it("counts ids across sources, and a tie on submittedAt goes to the response read last", async () => {
    const first = response("7", 2, 9);
    const second = response("7", 10, 9);
    const { aggregation, sources } = await ingest({
      sources: [
        arraySource("test:a", [[recordAt(2, first)]]),
        arraySource("test:b", [[recordAt(2, second)]]),
      ],
    });
    expect(aggregation).toEqual(aggregationOfTotal([second]));
    expect(sources.map((s) => [s.source, s.accepted, s.duplicates])).toEqual([
      ["test:a", 0, 1],
      ["test:b", 1, 0],
    ]);
  });

  it("lists a source that produced nothing, with zero counts", async () => {
    const { sources, accounting } = await ingest({ sources: [arraySource("test:empty", [[], []])] });
    expect(sources).toEqual([{ source: "test:empty", ...accounting }]);
    expect(accounting).toEqual({
      read: 0,
      accepted: 0,
      unanswered: 0,
      rejected: 0,
      duplicates: 0,
      rejectedByReason: {},
    });
  });

  it("holds the invariant and agrees with a reference implementation of each policy, for any input", async () => {
    const options = { timeZone: "Europe/Moscow", breakdowns: [["region"]] };
    await fc.assert(
      fc.asyncProperty(
        inputSourcesArbitrary,
        fc.constantFrom(...DUPLICATE_POLICIES),
        async (inputs, policy) => {
          const expected = referenceIngest(inputs, policy, options);
          const results: IngestResult[] = [];
          for (const [, tracker] of trackers(policy)) {
            const rejections: Rejection[] = [];
            const result = await ingest({
              sources: inputs.map((input) => arraySource(input.name, sourceItemsOf(input))),
              ...options,
              ...tracker(),
              onReject: (rejection) => {
                rejections.push(rejection);
              },
            });
            for (const a of [result.accounting, ...result.sources]) {
              expect(a.accepted + a.unanswered + a.rejected + a.duplicates).toBe(a.read);
              expect(Object.keys(a.rejectedByReason)).toEqual(Object.keys(a.rejectedByReason).sort());
            }
            expect(result.accounting).toEqual(expected.accounting);
            expect(result.sources).toEqual(expected.sources);
            expect(result.aggregation).toEqual(expected.aggregation);
            expect(rejections.filter((r) => r.kind === "invalid")).toHaveLength(result.accounting.rejected);
            expect(rejections.filter((r) => r.kind === "duplicate")).toHaveLength(
              result.accounting.duplicates,
            );
            results.push(result);
          }
          expect(results[1]).toEqual(results[0]);
          expect(results[2]).toEqual(results[0]);
        },
      ),
    );
  });
});

describe("ingest: rejections", () => {
  it("passes every rejected or superseded record to onReject, in order, with where it is and what it was", async () => {
    const rejections: Rejection[] = [];
    await ingest({
      sources: mixedSources(),
      onReject: (rejection) => {
        rejections.push(rejection);
      },
    });
    for (const rejection of rejections) expect(rejection.reason).not.toMatch(/\n/);
    expect(rejections).toMatchInlineSnapshot(`
      [
        {
          "category": "invalid /score",
          "kind": "invalid",
          "location": {
            "field": "/score",
            "file": "responses.csv",
            "line": 4,
          },
          "raw": [
            "3",
            "11",
            "2.10",
          ],
          "reason": "/score: must be an integer from 0 to 10, or null (got 11)",
          "source": "test:crm",
        },
        {
          "category": "duplicate id",
          "kind": "duplicate",
          "location": {
            "file": "responses.csv",
            "line": 2,
            "recordId": "1",
          },
          "reason": "duplicate id "1": superseded by the response at responses.csv:7",
          "source": "test:crm",
        },
        {
          "category": "unterminated quote",
          "kind": "invalid",
          "location": {
            "file": "responses.csv",
            "line": 5,
          },
          "raw": "4,"9,2026-10-02",
          "reason": "unterminated quote (the field opens here)",
          "source": "test:crm",
        },
        {
          "category": "invalid /submittedAt",
          "kind": "invalid",
          "location": {
            "field": "/submittedAt",
            "file": "responses.csv",
            "line": 6,
          },
          "raw": {
            "id": "4",
            "score": 3,
            "submittedAt": "2026-10-02 09:00",
          },
          "reason": "/submittedAt: must be a date-time with a time zone offset, like "2026-10-31T22:30:00Z" (got "2026-10-02 09:00")",
          "source": "test:crm",
        },
        {
          "category": "duplicate id",
          "kind": "duplicate",
          "location": {
            "file": "responses.csv",
            "line": 3,
            "recordId": "2",
          },
          "reason": "duplicate id "2": superseded by the response at hub.jsonl:2",
          "source": "test:crm",
        },
        {
          "category": "invalid /scroe",
          "kind": "invalid",
          "location": {
            "field": "/scroe",
            "file": "hub.jsonl",
            "line": 3,
          },
          "raw": {
            "id": "5",
            "score": 8,
            "scroe": 8,
            "submittedAt": "2026-10-03T09:00:00Z",
          },
          "reason": "/scroe: is not a known property (did you mean "score"?)",
          "source": "test:hub",
        },
      ]
    `);
  });

  it.each([
    ...Object.entries(INVALID_RECORDS).map(
      ([kind, { response, category }]) => [kind, response, category] as const,
    ),
    ["several problems", { id: "", score: 11, submittedAt: "yesterday" }, "invalid /id"] as const,
  ])("rejects a record with %s under its first problem's field", async (_kind, candidate, category) => {
    const rejections: Rejection[] = [];
    const { accounting } = await ingest({
      sources: [arraySource("test:crm", [[recordAt(12, candidate)]])],
      onReject: (rejection) => {
        rejections.push(rejection);
      },
    });
    expect(accounting).toMatchObject({ read: 1, rejected: 1, rejectedByReason: { [category]: 1 } });
    const [rejection] = rejections;
    expect(rejection).toMatchObject({ kind: "invalid", source: "test:crm", category, raw: candidate });
    expect(rejection?.location).toMatchObject({ file: "responses.csv", line: 12 });
    expect(`invalid ${rejection?.location.field || "record"}`).toBe(category);
  });

  it("explains every problem of a record in one line", async () => {
    const rejections: Rejection[] = [];
    await ingest({
      sources: [arraySource("test:crm", [[recordAt(12, { id: "", score: 11, submittedAt: "yesterday" })]])],
      onReject: (rejection) => {
        rejections.push(rejection);
      },
    });
    expect(rejections[0]?.reason).toMatchInlineSnapshot(
      `"/id: must not be empty; /score: must be an integer from 0 to 10, or null (got 11); /submittedAt: must be a date-time with a time zone offset, like "2026-10-31T22:30:00Z" (got "yesterday")"`,
    );
  });

  it("counts a source's own rejections as read and rejected, grouped by the reason's head or column", async () => {
    const source = arraySource("test:crm", [
      [
        rejectAt(3, "unterminated quote (the field opens here)", '"a'),
        rejectAt(9, "unterminated quote (the field opens here)", '"b'),
        {
          reject: {
            raw: "x;y",
            reason: "too many fields",
            location: { file: "responses.csv", line: 10, column: 4 },
          },
        },
      ],
      [{ reject: { raw: "", reason: "", location: { recordId: "d-1" } } }],
    ]);
    const rejections: Rejection[] = [];
    const { accounting } = await ingest({
      sources: [source],
      onReject: (rejection) => {
        rejections.push(rejection);
      },
    });
    expect(accounting).toEqual({
      read: 4,
      accepted: 0,
      unanswered: 0,
      rejected: 4,
      duplicates: 0,
      rejectedByReason: { "invalid column 4": 1, "invalid record": 1, "unterminated quote": 2 },
    });
    expect(rejections.map((r) => [r.kind, r.category, r.raw])).toEqual([
      ["invalid", "unterminated quote", '"a'],
      ["invalid", "unterminated quote", '"b'],
      ["invalid", "invalid column 4", "x;y"],
      ["invalid", "invalid record", ""],
    ]);
  });

  it("waits for an async onReject before reading on", async () => {
    const log: string[] = [];
    const source: SourcePlugin = {
      name: "test:crm",
      async *read() {
        log.push("batch 1");
        yield [recordAt(2, { id: "1" })];
        log.push("batch 2");
        yield [recordAt(3, { id: "2" })];
      },
    };
    await ingest({
      sources: [source],
      onReject: async (rejection) => {
        await new Promise((resolve) => setTimeout(resolve, 1));
        log.push(`rejected line ${rejection.location.line}`);
      },
    });
    expect(log).toEqual(["batch 1", "rejected line 2", "batch 2", "rejected line 3"]);
  });
});

describe("ingest: duplicate trackers", () => {
  it("disposes the tracker once when ingest ends", async () => {
    const tracker = deferringDuplicateTracker();
    await ingest({ sources: mixedSources(), duplicateTracker: tracker });
    expect(tracker.disposed).toBe(1);
  });

  it.each<[string, () => Partial<IngestOptions>]>([
    ["a source fails", () => ({ sources: [arraySource("test:crm", [[]], { failAfter: 1 })] })],
    [
      "onReject fails",
      () => ({
        sources: mixedSources(),
        onReject: () => {
          throw new Error("disk full");
        },
      }),
    ],
    ["the signal is aborted", () => ({ sources: mixedSources(), signal: AbortSignal.abort() })],
    [
      "finish() fails",
      () => ({
        sources: mixedSources(),
        duplicateTracker: {
          offer: () => undefined,
          finish: () => ({
            [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(new Error("spill file vanished")) }),
          }),
        },
      }),
    ],
  ])("disposes the tracker once, also when %s", async (_when, options) => {
    const given = options();
    const dispose = vi.fn();
    const tracker: DuplicateTracker = { ...(given.duplicateTracker ?? memoryDuplicateTracker()), dispose };
    await expect(ingest({ sources: [], ...given, duplicateTracker: tracker })).rejects.toThrow();
    expect(dispose).toHaveBeenCalledTimes(1);
  });

  it("names the superseding response in the reason whichever style the tracker has", async () => {
    const reasons: Record<string, string[]> = {};
    for (const [label, options] of trackers("keep-latest")) {
      const list: string[] = [];
      await ingest({
        sources: mixedSources(),
        ...options(),
        onReject: (r) => {
          if (r.kind === "duplicate") list.push(`${r.location.recordId} ${r.reason}`);
        },
      });
      reasons[label] = list.sort();
    }
    expect(reasons).toMatchInlineSnapshot(`
      {
        "a tracker that decides at once": [
          "1 duplicate id "1": superseded by the response at responses.csv:7",
          "2 duplicate id "2": superseded by the response at hub.jsonl:2",
        ],
        "a tracker that defers to finish()": [
          "1 duplicate id "1": superseded by the response at responses.csv:7",
          "2 duplicate id "2": superseded by the response at hub.jsonl:2",
        ],
        "the duplicates option": [
          "1 duplicate id "1": superseded by the response at responses.csv:7",
          "2 duplicate id "2": superseded by the response at hub.jsonl:2",
        ],
      }
    `);
  });
});

describe("ingest: errors", () => {
  const authError = Object.assign(new Error("no credentials for acme"), { code: "ACME_E_AUTH" });
  it.each<[string, SourcePlugin, string, string | undefined]>([
    [
      "read() throws when called",
      {
        name: "acme:crm",
        read() {
          throw authError;
        },
      },
      'plugin "acme:crm" failed in read(): no credentials for acme',
      "ACME_E_AUTH",
    ],
    [
      "the first batch fails",
      arraySource("acme:crm", [[recordAt(2, V1)]], { failAfter: 0, error: authError }),
      'plugin "acme:crm" failed in read(): no credentials for acme',
      "ACME_E_AUTH",
    ],
    [
      "a later batch fails",
      arraySource("acme:crm", [[recordAt(2, V1)], [recordAt(3, V2)], [recordAt(4, V3)]], { failAfter: 2 }),
      'plugin "acme:crm" failed in read(): connection reset',
      undefined,
    ],
    [
      "it throws a string",
      arraySource("acme:crm", [[]], { failAfter: 1, error: "EOF" }),
      'plugin "acme:crm" failed in read(): EOF',
      undefined,
    ],
    [
      "it throws an npskit error",
      arraySource("acme:crm", [[]], {
        failAfter: 0,
        error: new InputError("cannot open tickets.jsonl", { location: { file: "tickets.jsonl" } }),
      }),
      'plugin "acme:crm" failed in read(): cannot open tickets.jsonl',
      "NPSKIT_E_INPUT",
    ],
  ])(
    "wraps what a source throws when %s, naming the plugin and the hook",
    async (_when, source, message, code) => {
      const error = await thrownAsync(() => ingest({ sources: [source] }));
      expect(error).toBeInstanceOf(PluginError);
      expect(error).toMatchObject({ code: "NPSKIT_E_PLUGIN", plugin: "acme:crm", hook: "read", message });
      expect((error as PluginError).pluginCode).toBe(code);
    },
  );

  it("keeps the plugin's error as the cause and its location", async () => {
    const cause = new InputError("cannot open tickets.jsonl", {
      location: { file: "tickets.jsonl", line: 3 },
    });
    const error = await thrownAsync(() =>
      ingest({ sources: [arraySource("acme:crm", [[]], { failAfter: 0, error: cause })] }),
    );
    expect(error).toMatchObject({ cause, location: { file: "tickets.jsonl", line: 3 } });
  });

  it("closes a source that fails, and reads no further sources", async () => {
    const failing = arraySource("acme:crm", [[recordAt(2, V1)], [recordAt(3, V2)]], { failAfter: 1 });
    const next = arraySource("test:next", [[recordAt(2, V3)]]);
    await expect(ingest({ sources: [failing, next] })).rejects.toBeInstanceOf(PluginError);
    expect(failing.closed).toBe(1);
    expect(next.reads).toBe(0);
  });

  it.each<[string, (fail: () => never) => Partial<IngestOptions>]>([
    ["onReject", (fail) => ({ onReject: fail })],
    ["onResponse", (fail) => ({ onResponse: fail })],
    ["onProgress", (fail) => ({ onProgress: fail })],
  ])(
    "does not blame the plugin for an error thrown by %s, and still closes the source",
    async (_hook, options) => {
      const failure = new Error("quarantine file: disk full");
      const source = arraySource(
        "test:crm",
        [[recordAt(2, V1), recordAt(3, { id: "x" })], [recordAt(4, V2)], [recordAt(5, V3)]],
        { progress: true },
      );
      const error = await thrownAsync(() =>
        ingest({
          sources: [source],
          ...options(() => {
            throw failure;
          }),
        }),
      );
      expect(error).toBe(failure);
      expect(source.closed).toBe(1);
    },
  );
});

describe("ingest: abort", () => {
  it("stops the source and rejects with an AbortError when the signal is aborted mid-read", async () => {
    const controller = new AbortController();
    const source = arraySource("test:crm", [[recordAt(2, V1)], [recordAt(3, V2)], [recordAt(4, V3)]]);
    const tracker = deferringDuplicateTracker();
    const error = await thrownAsync(() =>
      ingest({
        sources: [source],
        signal: controller.signal,
        duplicateTracker: tracker,
        onResponse: () => controller.abort(),
      }),
    );
    expect(error).toBe(controller.signal.reason);
    expect(error).toMatchObject({ name: "AbortError" });
    expect(source.yielded).toBe(1);
    expect(source.returns).toBe(1);
    expect(source.closed).toBe(1);
    expect(tracker.disposed).toBe(1);
  });

  it.each<[string, (controller: AbortController) => void]>([
    ["the default AbortError", (controller) => controller.abort()],
    ["the signal's own reason", (controller) => controller.abort(new Error("interrupted by the user"))],
  ])("rejects with %s, not blaming a source that stops by throwing it", async (_reason, abort) => {
    const controller = new AbortController();
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const source: SourcePlugin = {
      name: "test:crm",
      async *read(ctx) {
        await gate; // the user interrupts while the source waits for data
        ctx.signal.throwIfAborted();
        yield [recordAt(2, V1)];
      },
    };
    const pending = thrownAsync(() => ingest({ sources: [source], signal: controller.signal }));
    abort(controller);
    release();
    const error = await pending;
    expect(error).not.toBeInstanceOf(PluginError);
    expect(error).toBe(controller.signal.reason);
  });

  it("rejects before reading anything when the signal is already aborted", async () => {
    const aggregate = vi.fn(async () => null);
    const source = { ...arraySource("test:crm", [[recordAt(2, V1)]]), aggregate };
    const error = await thrownAsync(() => ingest({ sources: [source], signal: AbortSignal.abort() }));
    expect(error).toMatchObject({ name: "AbortError" });
    expect(source.reads).toBe(0);
    expect(aggregate).not.toHaveBeenCalled();
  });
});

describe("ingest: aggregate hook (pushdown)", () => {
  const pushed = [
    response("p1", 10, 1, "Europe"),
    response("p2", 3, 2, "APAC"),
    response("p3", null, 3, "APAC"),
  ];
  const rows = [response("r1", 9, 4, "Europe"), response("r2", null, 5)];
  const options = { timeZone: "europe/moscow", breakdowns: [["region"]] };

  function pushdown(result: (query: unknown) => AggregateResult | null) {
    const read = vi.fn(async function* () {
      yield pushed.map((r, i) => recordAt(i + 2, r));
    });
    const aggregate = vi.fn(async (query: unknown, _ctx: SourceContext) => result(query));
    return { source: { name: "test:warehouse", read, aggregate } satisfies SourcePlugin, read, aggregate };
  }

  function aggregated(responses: readonly SurveyResponse[]): Aggregation {
    const aggregator = new Aggregator(options);
    for (const r of responses) aggregator.add(r);
    return aggregator.result();
  }

  it("uses the histograms a source computed as they are, counted, merged with row-level sources", async () => {
    const { source, read, aggregate } = pushdown(() => aggregated(pushed));
    const result = await ingest({
      sources: [source, arraySource("test:csv", [rows.map((r, i) => recordAt(i + 2, r))])],
      ...options,
    });
    expect(aggregate).toHaveBeenCalledTimes(1);
    expect(aggregate.mock.calls[0]?.[0]).toEqual({
      grain: "month",
      timeZone: "Europe/Moscow",
      breakdowns: [[], ["region"]],
    });
    expect(read).not.toHaveBeenCalled();
    expect(result.aggregation).toEqual(aggregated([...pushed, ...rows]));
    expect(result.sources).toEqual([
      { source: "test:warehouse", ...counts(3, [2, 1, 0, 0], {}) },
      { source: "test:csv", ...counts(2, [1, 1, 0, 0], {}) },
    ]);
    expect(result.accounting).toEqual(counts(5, [3, 2, 0, 0], {}));
  });

  it("falls back to read() when aggregate returns null", async () => {
    const { source, read, aggregate } = pushdown(() => null);
    const result = await ingest({ sources: [source], ...options });
    expect(aggregate).toHaveBeenCalledTimes(1);
    expect(read).toHaveBeenCalledTimes(1);
    expect(result.aggregation).toEqual(aggregated(pushed));
    expect(result.accounting).toEqual(counts(3, [2, 1, 0, 0], {}));
  });

  it("reads rows instead when the caller wants every response", async () => {
    const { source, read, aggregate } = pushdown(() => aggregated(pushed));
    const seen: string[] = [];
    const result = await ingest({ sources: [source], ...options, onResponse: (r) => seen.push(r.id) });
    expect(aggregate).not.toHaveBeenCalled();
    expect(read).toHaveBeenCalledTimes(1);
    expect(seen).toEqual(["p1", "p2", "p3"]);
    expect(result.aggregation).toEqual(aggregated(pushed));
  });

  it("asks for histograms plus a sample when the caller settles for one, and passes the sample on", async () => {
    const sample = pushed.slice(0, 2).map((r, i) => recordAt(i + 2, r));
    const { source, read, aggregate } = pushdown(() => ({ ...aggregated(pushed), sample }));
    const seen: string[] = [];
    const result = await ingest({
      sources: [source],
      ...options,
      onResponse: (r) => seen.push(r.id),
      responseSample: { perPeriod: 50 },
    });
    expect(aggregate.mock.calls[0]?.[0]).toEqual({
      grain: "month",
      timeZone: "Europe/Moscow",
      breakdowns: [[], ["region"]],
      sample: { perPeriod: 50 },
    });
    expect(read).not.toHaveBeenCalled();
    expect(seen).toEqual(["p1", "p2"]);
    expect(result.aggregation).toEqual(aggregated(pushed));
    expect(result.accounting).toEqual(counts(3, [2, 1, 0, 0], {}));
  });

  it("reads rows when a source declines the sample, and asks for none without onResponse", async () => {
    const declines = pushdown((query) => ((query as AggregateQuery).sample ? null : aggregated(pushed)));
    const seen: string[] = [];
    await ingest({
      sources: [declines.source],
      ...options,
      onResponse: (r) => seen.push(r.id),
      responseSample: { perPeriod: 5 },
    });
    expect(declines.read).toHaveBeenCalledTimes(1);
    expect(seen).toEqual(["p1", "p2", "p3"]);
    const plain = pushdown(() => aggregated(pushed));
    await ingest({ sources: [plain.source], ...options, responseSample: { perPeriod: 5 } });
    expect(plain.aggregate.mock.calls[0]?.[0]).not.toHaveProperty("sample");
  });

  it("fails naming the plugin when a sample was asked for and none came back", async () => {
    const { source } = pushdown(() => aggregated(pushed));
    const error = await thrownAsync(() =>
      ingest({ sources: [source], ...options, onResponse: () => {}, responseSample: { perPeriod: 5 } }),
    );
    expect(error).toBeInstanceOf(PluginError);
    expect((error as Error).message).toMatchInlineSnapshot(
      `"plugin "test:warehouse" failed in aggregate(): the query asked for a response sample and none came back (return null when you cannot sample)"`,
    );
  });

  it("counts nothing for a source with only an aggregate hook that declines", async () => {
    const source: SourcePlugin = { name: "test:warehouse", aggregate: async () => null };
    const result = await ingest({ sources: [source], ...options });
    expect(result.accounting.read).toBe(0);
    expect(result.aggregation).toEqual(aggregated([]));
  });

  it.each<[string, Partial<Aggregation>, string]>([
    ["grain", { grain: "week" }, '["week","Europe/Moscow",[[],["region"]]]'],
    ["time zone", { timeZone: "UTC" }, '["month","UTC",[[],["region"]]]'],
    ["breakdowns", { breakdowns: [[]] }, '["month","Europe/Moscow",[[]]]'],
  ])(
    "fails at once, naming the plugin, when the histograms come in another %s",
    async (_what, change, got) => {
      const { source } = pushdown(() => ({ ...aggregated(pushed), ...change }));
      const error = await thrownAsync(() => ingest({ sources: [source], ...options }));
      expect(error).toBeInstanceOf(PluginError);
      expect(error).toMatchObject({
        code: "NPSKIT_E_PLUGIN",
        hook: "aggregate",
        message: `plugin "${source.name}" failed in aggregate(): returned histograms for ${got}, but the query asked for ["month","Europe/Moscow",[[],["region"]]]`,
      });
    },
  );

  it("wraps what aggregate throws, naming the hook", async () => {
    const source: SourcePlugin = {
      name: "test:warehouse",
      aggregate: async () => {
        throw Object.assign(new Error("relation responses does not exist"), { code: "42P01" });
      },
    };
    const error = await thrownAsync(() => ingest({ sources: [source] }));
    expect(error).toBeInstanceOf(PluginError);
    expect(error).toMatchObject({ hook: "aggregate", pluginCode: "42P01" });
    expect((error as Error).message).toMatchInlineSnapshot(
      `"plugin "test:warehouse" failed in aggregate(): relation responses does not exist"`,
    );
  });
});

describe("ingest: order and callbacks", () => {
  it("reads the sources in the order given", async () => {
    const order = async (names: readonly string[]) => {
      const seen: string[] = [];
      await ingest({
        sources: names.map((name, i) => arraySource(name, [[recordAt(2, response(name, 9, i + 1))]])),
        onResponse: (r) => seen.push(r.id),
      });
      return seen;
    };
    expect(await order(["test:a", "test:b", "test:c"])).toEqual(["test:a", "test:b", "test:c"]);
    expect(await order(["test:c", "test:a", "test:b"])).toEqual(["test:c", "test:a", "test:b"]);
  });

  it("passes each valid response to onResponse with its location, superseded ones included", async () => {
    const seen: [SurveyResponse, ErrorLocation][] = [];
    await ingest({ sources: mixedSources(), onResponse: (r, location) => seen.push([r, location]) });
    expect(seen).toEqual([
      [V1, { file: "responses.csv", line: 2 }],
      [V2, { file: "responses.csv", line: 3 }],
      [V3, { file: "responses.csv", line: 7 }],
      [V4, { file: "hub.jsonl", line: 2 }],
      [V5, { file: "hub.jsonl", line: 4 }],
    ]);
  });

  it("relays each source's progress with the running accounting", async () => {
    const progress: IngestProgress[] = [];
    await ingest({
      sources: [
        arraySource("test:a", [[recordAt(2, V1), recordAt(3, { id: "x" })], [recordAt(4, V2)]], {
          progress: true,
        }),
        arraySource("test:b", [[recordAt(2, V3)]], { progress: true }),
      ],
      onProgress: (update) => progress.push(update),
    });
    expect(
      progress.map(({ source, records, accounting: a }) => ({
        source,
        records,
        read: a.read,
        accepted: a.accepted,
        unanswered: a.unanswered,
        rejected: a.rejected,
        duplicates: a.duplicates,
      })),
    ).toMatchInlineSnapshot(`
      [
        {
          "accepted": 0,
          "duplicates": 0,
          "read": 0,
          "records": 2,
          "rejected": 0,
          "source": "test:a",
          "unanswered": 0,
        },
        {
          "accepted": 1,
          "duplicates": 0,
          "read": 2,
          "records": 3,
          "rejected": 1,
          "source": "test:a",
          "unanswered": 0,
        },
        {
          "accepted": 1,
          "duplicates": 0,
          "read": 3,
          "records": 1,
          "rejected": 1,
          "source": "test:b",
          "unanswered": 1,
        },
      ]
    `);
  });

  it("gives sources the signal, the logger, the resolved time zone and the base folder", async () => {
    const logger: Logger = { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const signal = new AbortController().signal;
    let context: SourceContext | undefined;
    const source: SourcePlugin = {
      name: "test:crm",
      async *read(ctx) {
        context = ctx;
        ctx.logger.info("reading");
        yield [];
      },
    };
    await ingest({ sources: [source], timeZone: "europe/moscow", logger, signal });
    expect(context).toMatchObject({ timeZone: "Europe/Moscow", signal, logger, baseDir: process.cwd() });
    expect(logger.info).toHaveBeenCalledWith("reading");
    await ingest({ sources: [source], baseDir: "/srv/nps" });
    expect(context?.baseDir).toBe("/srv/nps");
  });
});

describe("ingest: malformed batches and rejection order", () => {
  it.each<[string, unknown, string]>([
    ["a string", "not records", "yielded string instead of an array of records"],
    [
      "null records",
      [null],
      "yielded a record without a `response` (records are { response, location, raw })",
    ],
  ])("blames a batch of %s on the plugin", async (_what, batch, problem) => {
    const source = {
      name: "test:broken",
      async *read() {
        yield batch as never;
      },
    } satisfies SourcePlugin;
    const error = await thrownAsync(() => ingest({ sources: [source] }));
    expect(error).toBeInstanceOf(PluginError);
    expect((error as Error).message).toBe(`plugin "test:broken" failed in read(): ${problem}`);
  });

  it("orders one batch's rejections by file as first seen, then by line, unlocated ones last", async () => {
    const bad = (file: string | undefined, line: number | undefined) => ({
      response: { id: "x", score: 11, submittedAt: "2026-10-01T00:00:00Z" },
      location: { ...(file !== undefined && { file }), ...(line !== undefined && { line }) },
    });
    const source = {
      name: "test:mixed",
      async *read(ctx: SourceContext) {
        ctx.reject("raw", "unterminated quote", { file: "crm.csv", line: 9 });
        yield [bad("hub.csv", 3), bad("crm.csv", 2), bad(undefined, undefined), bad("hub.csv", 1)];
      },
    } satisfies SourcePlugin;
    const order: string[] = [];
    await ingest({
      sources: [source],
      onReject: (r) => void order.push(`${r.location.file ?? "-"}:${r.location.line ?? "-"}`),
    });
    expect(order).toEqual(["crm.csv:2", "crm.csv:9", "hub.csv:1", "hub.csv:3", "-:-"]);
  });
});
