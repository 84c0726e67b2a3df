// Compile-time tests, checked by `tsc --noEmit` (vitest does not run *.test-d.ts files).
import { describe, expectTypeOf, test } from "vitest";
import type { Aggregation } from "./aggregation.js";
import { defineSource } from "./defineSource.js";
import type {
  AggregateQuery,
  AggregateResult,
  SourceContext,
  SourceFactory,
  SourcePlugin,
  SourceRecord,
} from "./plugin.js";

describe("defineSource", () => {
  test("infers the options and returns the factory type", () => {
    const csv = defineSource((options: { path: string; delimiter?: string }) => ({
      name: "acme:csv",
      async *read(ctx) {
        expectTypeOf(ctx).toEqualTypeOf<SourceContext>();
        yield [{ response: { id: "1" }, location: { file: options.path, line: 2 } }];
      },
    }));
    expectTypeOf(csv).toEqualTypeOf<SourceFactory<{ path: string; delimiter?: string }>>();
    expectTypeOf(csv({ path: "r.csv" })).toEqualTypeOf<SourcePlugin>();
    // @ts-expect-error: the options are required and typed.
    csv({ file: "r.csv" });
  });

  test("accepts a pushdown-only source", () => {
    const warehouse = defineSource(() => ({
      name: "acme:warehouse",
      async aggregate(query, ctx) {
        expectTypeOf(query).toEqualTypeOf<AggregateQuery>();
        expectTypeOf(ctx).toEqualTypeOf<SourceContext>();
        return null;
      },
    }));
    expectTypeOf(warehouse).toEqualTypeOf<SourceFactory<void>>();
    expectTypeOf<ReturnType<NonNullable<SourcePlugin["aggregate"]>>>().toEqualTypeOf<
      Promise<AggregateResult | null>
    >();
    // A plain Aggregation is still a valid answer: sources written before `sample` existed keep compiling.
    expectTypeOf<Aggregation>().toExtend<AggregateResult>();
  });

  test("yields batches of records", () => {
    expectTypeOf<ReturnType<NonNullable<SourcePlugin["read"]>>>().toEqualTypeOf<
      AsyncIterable<readonly SourceRecord[]>
    >();
  });

  test("rejects a read hook of the wrong type", () => {
    defineSource(() => ({
      name: "acme:bad",
      // @ts-expect-error: read must yield batches (arrays) of records, not single records.
      async *read() {
        yield { response: {}, location: {} };
      },
    }));
    defineSource(() => ({
      name: "acme:bad",
      // @ts-expect-error: read must be an async iterable, not return an array.
      read() {
        return [{ response: {}, location: {} }];
      },
    }));
    defineSource(() => ({
      name: "acme:bad",
      // @ts-expect-error: aggregate returns a promise of an aggregation or null.
      async aggregate() {
        return [1, 2, 3];
      },
    }));
  });

  test("requires a name", () => {
    // @ts-expect-error: a plugin has a name.
    defineSource(() => ({
      async *read() {
        yield [];
      },
    }));
  });
});
