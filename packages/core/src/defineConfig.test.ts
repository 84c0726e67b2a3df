import { describe, expect, it } from "vitest";
import type { UserConfig } from "./config.js";
import { defineConfig } from "./defineConfig.js";
import { defineOutput } from "./defineOutput.js";
import { defineSource } from "./defineSource.js";
import { resolveConfig } from "./resolveConfig.js";

// The define* helpers exist for types (see the *.test-d.ts files); at run time they are the identity.
describe("defineConfig, defineSource, defineOutput", () => {
  it("defineConfig returns its argument itself", () => {
    const config: UserConfig = { analysis: { timeZone: "Europe/Moscow" }, locale: "ru" };
    expect(defineConfig(config)).toBe(config);
    expect(config).toEqual({ analysis: { timeZone: "Europe/Moscow" }, locale: "ru" });
  });

  it("defineSource and defineOutput return the factory itself", () => {
    const sourceFactory = (options: { path: string }) => ({
      name: "acme:file",
      async *read() {
        yield [{ response: { id: options.path }, location: { file: options.path } }];
      },
    });
    const outputFactory = () => ({ name: "acme:chat", write: async () => ({ files: [] }) });
    expect(defineSource(sourceFactory)).toBe(sourceFactory);
    expect(defineOutput(outputFactory)).toBe(outputFactory);
  });

  it("what they declare resolves as a config", () => {
    const source = defineSource((options: { path: string }) => ({
      name: "acme:file",
      async *read() {
        yield [{ response: null, location: { file: options.path } }];
      },
    }));
    const output = defineOutput(() => ({ name: "acme:chat", write: async () => undefined }));
    const config = defineConfig({ sources: [source({ path: "r.csv" })], outputs: [output()] });
    const resolved = resolveConfig(config);
    expect(resolved.sources.map((plugin) => plugin.name)).toEqual(["acme:file"]);
    expect(resolved.outputs.map((plugin) => plugin.name)).toEqual(["acme:chat"]);
  });
});
