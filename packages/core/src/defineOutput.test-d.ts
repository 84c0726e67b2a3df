// Compile-time tests, checked by `tsc --noEmit` (vitest does not run *.test-d.ts files).
import { describe, expectTypeOf, test } from "vitest";
import { defineOutput } from "./defineOutput.js";
import type { OutputContext, OutputFactory, OutputPlugin, OutputResult } from "./plugin.js";

interface MyReport {
  readonly title: string;
}

describe("defineOutput", () => {
  test("infers the options and the report type", () => {
    const chat = defineOutput((options: { webhook: string }) => ({
      name: "acme:chat",
      async write(report, ctx) {
        expectTypeOf(report).toEqualTypeOf<unknown>();
        expectTypeOf(ctx).toEqualTypeOf<OutputContext>();
        expectTypeOf(options.webhook).toEqualTypeOf<string>();
        return undefined;
      },
    }));
    expectTypeOf(chat).toEqualTypeOf<OutputFactory<{ webhook: string }>>();
    expectTypeOf(chat({ webhook: "https://chat.example.com" })).toEqualTypeOf<OutputPlugin>();

    const typed = defineOutput<void, MyReport>(() => ({
      name: "acme:title",
      async write(report) {
        expectTypeOf(report.title).toEqualTypeOf<string>();
        return { files: [] };
      },
    }));
    expectTypeOf(typed()).toEqualTypeOf<OutputPlugin<MyReport>>();
  });

  test("write resolves to the files written, or nothing", () => {
    expectTypeOf<ReturnType<OutputPlugin["write"]>>().toEqualTypeOf<Promise<OutputResult | undefined>>();
  });

  test("requires write", () => {
    // @ts-expect-error: an output plugin without write().
    defineOutput(() => ({ name: "acme:nothing" }));
  });

  test("rejects a write of the wrong type", () => {
    defineOutput(() => ({
      name: "acme:bad",
      // @ts-expect-error: write returns a promise, not the result itself.
      write() {
        return { files: [] };
      },
    }));
    defineOutput(() => ({
      name: "acme:bad",
      // @ts-expect-error: files are a list of paths.
      async write() {
        return { files: "report.html" };
      },
    }));
  });
});
