import { describe, expect, it } from "vitest";
import { arraySource, recordAt, rejectAt, type SourceItem } from "../../test/arraySource.js";
import { Aggregator } from "../aggregator.js";
import type { SourcePlugin, SourceRecord } from "../plugin.js";
import { checkSourceContract } from "./checkSourceContract.js";

function response(id: string, score: number | null, day: number) {
  return { id, score, submittedAt: `2026-10-${String(day).padStart(2, "0")}T09:00:00Z` };
}

// Two answered, one unanswered, one invalid, one the source rejects itself, one superseded duplicate.
const BATCHES: SourceItem[][] = [
  [recordAt(2, response("1", 9, 1)), recordAt(3, response("2", null, 1)), recordAt(4, response("3", 11, 1))],
  [rejectAt(5, "unterminated quote (the field opens here)", '"5,9'), recordAt(6, response("1", 10, 2))],
  [recordAt(7, response("4", 0, 3))],
];

const helpdesk = () => arraySource("acme:helpdesk", BATCHES);

type AfterAbort = (signal: AbortSignal) => AsyncIterable<readonly SourceRecord[]> | Promise<void>;

/** A source of two batches that, when aborted after the first, does what `afterAbort` does instead. */
function abortedSource(afterAbort: AfterAbort): SourcePlugin {
  return {
    name: "acme:helpdesk",
    async *read(ctx) {
      yield [recordAt(2, response("1", 9, 1))];
      if (!ctx.signal.aborted) yield [recordAt(3, response("2", 7, 1))];
      else {
        const rest = afterAbort(ctx.signal);
        if (rest instanceof Promise) await rest;
        else yield* rest;
      }
    },
  };
}

describe("checkSourceContract", () => {
  it("finds nothing wrong with a well-behaved source, and counts its test data", async () => {
    const report = await checkSourceContract(helpdesk);
    expect(report.violations).toEqual([]);
    expect(report.accounting).toEqual({
      read: 6,
      accepted: 2,
      unanswered: 1,
      rejected: 2,
      duplicates: 1,
      rejectedByReason: { "invalid /score": 1, "unterminated quote": 1 },
    });
    expect(report.responses.map((r) => `${r.id}:${r.score}`)).toEqual(["1:9", "2:null", "1:10", "4:0"]);
    expect(report.rejections.map((r) => `${r.kind} ${r.location.line} ${r.category}`)).toEqual([
      "invalid 4 invalid /score",
      "duplicate 2 duplicate id",
      "invalid 5 unterminated quote",
    ]);
  });

  it("compares the accounting with what the test data must give", async () => {
    expect(
      (await checkSourceContract(helpdesk, { expect: { accepted: 2, rejected: 2, duplicates: 1 } }))
        .violations,
    ).toEqual([]);
    const report = await checkSourceContract(helpdesk, { expect: { read: 6, accepted: 3, unanswered: 0 } });
    expect(report.violations).toMatchInlineSnapshot(`
      [
        "expected accepted 3, got 2",
        "expected unanswered 0, got 1",
      ]
    `);
  });

  it("passes the time zone to the source", async () => {
    let seen: string | undefined;
    const source = (): SourcePlugin => ({
      name: "acme:helpdesk",
      async *read(ctx) {
        seen = ctx.timeZone;
        yield [];
      },
    });
    await checkSourceContract(source, { timeZone: "Europe/Moscow" });
    expect(seen).toBe("Europe/Moscow");
  });

  it("accepts a source that stops on abort by throwing an AbortError", async () => {
    const source = () =>
      abortedSource(async (signal) => {
        signal.throwIfAborted();
      });
    expect((await checkSourceContract(source)).violations).toEqual([]);
  });

  it("accepts a source with only an aggregate hook", async () => {
    const source = (): SourcePlugin => ({
      name: "acme:warehouse",
      aggregate: async (query) => new Aggregator(query).result(),
    });
    expect((await checkSourceContract(source)).violations).toEqual([]);
  });

  it("catches a name that is not namespaced", async () => {
    const report = await checkSourceContract(() => arraySource("csv", BATCHES));
    expect(report.violations).toMatchInlineSnapshot(`
      [
        "name must be namespaced like "acme:crm" (got "csv")",
      ]
    `);
  });

  it("catches a plugin with no hooks", async () => {
    const report = await checkSourceContract(() => ({ name: "acme:helpdesk" }));
    expect(report.violations).toMatchInlineSnapshot(`
      [
        "the plugin has neither a read() nor an aggregate() hook",
      ]
    `);
  });

  it("catches batches that are not arrays", async () => {
    const source = (): SourcePlugin => ({
      name: "acme:helpdesk",
      async *read() {
        yield recordAt(2, response("1", 9, 1)) as unknown as SourceRecord[];
        yield [recordAt(3, response("2", 9, 1))];
      },
    });
    const report = await checkSourceContract(source);
    expect(report.violations).toMatchInlineSnapshot(`
      [
        "read() must yield arrays of records (got object)",
      ]
    `);
  });

  it("catches records without a location or a response, and still counts them", async () => {
    const source = (): SourcePlugin => ({
      name: "acme:helpdesk",
      async *read() {
        yield [
          { response: response("1", 9, 1) } as SourceRecord,
          { response: response("1", 10, 2), location: {} },
          null as unknown as SourceRecord,
        ];
      },
    });
    const report = await checkSourceContract(source);
    expect(report.violations).toMatchInlineSnapshot(`
      [
        "a record has no location (file and line, or record id)",
        "a record has no location (file and line, or record id)",
        "a record has no \`response\`",
      ]
    `);
    expect(report.accounting).toMatchObject({ read: 3, accepted: 1, duplicates: 1, rejected: 1 });
  });

  it("catches rejections without a location or a reason", async () => {
    const source = (): SourcePlugin => ({
      name: "acme:helpdesk",
      async *read(ctx) {
        ctx.reject('"5,9', "unterminated quote", {});
        ctx.reject('"6,9', " ", { line: 6 });
        yield [];
      },
    });
    const report = await checkSourceContract(source);
    expect(report.violations).toMatchInlineSnapshot(`
      [
        "a rejection has no reason",
        "a rejection has no location: unterminated quote",
      ]
    `);
  });

  it("catches a source that reads differently the second time", async () => {
    // A stream consumed by the first run: the second finds it empty.
    const lines = [recordAt(2, response("1", 9, 1)), recordAt(3, response("2", 9, 1))];
    const source = (): SourcePlugin => ({
      name: "acme:helpdesk",
      async *read() {
        while (lines.length > 0) yield lines.splice(0, 1);
      },
    });
    const report = await checkSourceContract(source, { checkAbort: false });
    expect(report.violations).toMatchInlineSnapshot(`
      [
        "a second run produced different responses: read() must start afresh each time",
      ]
    `);
  });

  it("catches a source that keeps yielding after an abort", async () => {
    const source = () =>
      abortedSource(async function* () {
        for (let line = 3; line < 8; line++) yield [recordAt(line, response(String(line), 9, 1))];
      });
    const report = await checkSourceContract(source);
    expect(report.violations).toMatchInlineSnapshot(`
      [
        "read() kept yielding batches after the abort (at most 1 in flight is allowed)",
      ]
    `);
  });

  it("catches a source that would yield forever after an abort, without hanging", async () => {
    let closed = false;
    const source = () =>
      abortedSource(async function* () {
        try {
          for (let line = 3; ; line++) yield [recordAt(line, response(String(line), 9, 1))];
        } finally {
          closed = true;
        }
      });
    const report = await checkSourceContract(source, { abortTimeoutMs: 50 });
    expect(report.violations).toMatchInlineSnapshot(`
      [
        "read() kept yielding batches after the abort (at most 1 in flight is allowed)",
      ]
    `);
    expect(closed).toBe(true);
  });

  it("catches a source that never stops after an abort", async () => {
    const source = () => abortedSource(() => new Promise(() => {})); // waits for data that never comes, ignoring the signal
    const report = await checkSourceContract(source, { abortTimeoutMs: 20 });
    expect(report.violations).toMatchInlineSnapshot(`
      [
        "read() did not stop within 20 ms of an abort",
      ]
    `);
  });

  it("catches a source that fails with another error after an abort", async () => {
    const source = () =>
      abortedSource(async () => {
        throw new Error("socket closed");
      });
    const report = await checkSourceContract(source);
    expect(report.violations).toMatchInlineSnapshot(`
      [
        "after an abort, read() threw Error: socket closed instead of stopping or throwing an AbortError",
      ]
    `);
  });

  it("skips the abort check when asked to", async () => {
    const source = () => abortedSource(() => new Promise(() => {}));
    expect((await checkSourceContract(source, { checkAbort: false })).violations).toEqual([]);
  });
});
