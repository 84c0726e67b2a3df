import { describe, expect, it } from "vitest";
import type { UserConfig } from "./config.js";
import { ConfigError } from "./errors.js";
import type { OutputPlugin, SourcePlugin } from "./plugin.js";
import { resolveConfig } from "./resolveConfig.js";

function configError(config: unknown): ConfigError {
  try {
    resolveConfig(config as UserConfig);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    expect(error).toMatchObject({ code: "NPSKIT_E_CONFIG" });
    return error as ConfigError;
  }
  throw new Error(`expected ${JSON.stringify(config)} to be rejected`);
}

const source: SourcePlugin = {
  name: "test:source",
  async *read() {
    yield [];
  },
};
const pushdown: SourcePlugin = { name: "test:pushdown", aggregate: async () => null };
const output: OutputPlugin = { name: "test:output", write: async () => undefined };

describe("resolveConfig", () => {
  it("fills every default into an empty config", () => {
    expect(resolveConfig({})).toEqual({
      sources: [],
      outputs: [],
      rules: [],
      insights: {
        disable: [],
        targetDate: null,
        benchmark: null,
        themes: null,
        followUp: { names: false, list: true },
      },
      analysis: {
        timeZone: "UTC",
        period: "month",
        segments: [],
        target: null,
        interval: { method: "adjusted-wald", level: 0.95 },
        rounding: { decimals: 0, mode: "exact" },
      },
      locale: "en",
      brand: null,
      template: null,
      outDir: "reports",
      serve: {
        host: "127.0.0.1",
        port: 8787,
        store: "responses.db",
        bodyLimitBytes: 1048576,
        rateLimit: { perSecond: 5000, burst: 10000 },
        endpoints: {},
      },
    });
    expect(resolveConfig()).toEqual(resolveConfig({}));
  });

  it("fills defaults around the values given", () => {
    const resolved = resolveConfig({
      analysis: {
        timeZone: "Europe/Moscow",
        interval: { level: 0.9 },
        rounding: { mode: "percentages-first" },
      },
      locale: "ru",
    });
    expect(resolved.analysis).toEqual({
      timeZone: "Europe/Moscow",
      period: "month",
      segments: [],
      target: null,
      interval: { method: "adjusted-wald", level: 0.9 },
      rounding: { decimals: 0, mode: "percentages-first" },
    });
    expect(resolved.locale).toBe("ru");
    expect(resolved.outDir).toBe("reports");
  });

  it("names a webhook endpoint's missing secret by its key", () => {
    expect(() => resolveConfig({ serve: { endpoints: { typeform: {} as never } } })).toThrow(
      expect.objectContaining({
        code: "NPSKIT_E_CONFIG",
        message: expect.stringContaining("serve.endpoints.typeform"),
      }),
    );
  });

  it("keeps every setting given", () => {
    const config: UserConfig = {
      sources: [source, pushdown],
      outputs: [output],
      rules: [{ name: "acme:rule", evaluate: () => null }],
      insights: {
        disable: ["npskit:benchmark"],
        targetDate: "2027-06-30",
        benchmark: "benchmarks/saas.json",
        themes: "themes.json",
        followUp: { names: true, list: false },
      },
      analysis: {
        timeZone: "America/New_York",
        period: "quarter",
        segments: ["region", "plan"],
        target: 40,
        interval: { method: "score", level: 0.99 },
        rounding: { decimals: 1, mode: "exact" },
      },
      locale: "ru",
      brand: "brand/brand.json",
      template: "templates/mine",
      outDir: "out/monthly",
      serve: {
        host: "0.0.0.0",
        port: 9000,
        store: "data/responses.db",
        bodyLimitBytes: 65536,
        rateLimit: { perSecond: 50, burst: 100 },
        endpoints: {
          generic: { token: "t", source: "script" },
          standard: { secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", toleranceSeconds: 60 },
          typeform: { secret: "s", npsField: "nps", segments: ["plan"] },
          surveymonkey: { apiKey: "k", apiSecret: "s", token: "t", apiBase: "http://127.0.0.1:1" },
          delighted: { apiKey: "k" },
        },
      },
    };
    expect(resolveConfig(config)).toEqual(config);
  });

  it("canonicalises the time zone's capitals", () => {
    expect(resolveConfig({ analysis: { timeZone: "europe/moscow" } }).analysis.timeZone).toBe(
      "Europe/Moscow",
    );
  });

  it("keeps the plugin objects themselves, in order", () => {
    const resolved = resolveConfig({ sources: [pushdown, source], outputs: [output] });
    expect(resolved.sources[0]).toBe(pushdown);
    expect(resolved.sources[1]).toBe(source);
    expect(resolved.outputs[0]).toBe(output);
  });

  it("returns a deeply frozen result, but leaves plugins (which may keep state) unfrozen", () => {
    const resolved = resolveConfig({
      sources: [source],
      outputs: [output],
      analysis: { segments: ["region"] },
    });
    expect(Object.isFrozen(resolved)).toBe(true);
    expect(Object.isFrozen(resolved.analysis)).toBe(true);
    expect(Object.isFrozen(resolved.analysis.interval)).toBe(true);
    expect(Object.isFrozen(resolved.analysis.rounding)).toBe(true);
    expect(Object.isFrozen(resolved.analysis.segments)).toBe(true);
    expect(Object.isFrozen(resolved.sources)).toBe(true);
    expect(Object.isFrozen(resolved.outputs)).toBe(true);
    expect(Object.isFrozen(resolved.sources[0])).toBe(false);
    expect(Object.isFrozen(resolved.outputs[0])).toBe(false);
    expect(() => {
      (resolved.analysis as { period: string }).period = "week";
    }).toThrow(TypeError);
  });

  it("does not mutate or freeze the user's input", () => {
    const config: UserConfig = {
      sources: [source],
      outputs: [output],
      analysis: { timeZone: "europe/moscow", interval: {} },
    };
    const before = { ...config, analysis: structuredClone(config.analysis) };
    const resolved = resolveConfig(config);
    expect(config).toEqual(before);
    expect(config.analysis).toEqual({ timeZone: "europe/moscow", interval: {} });
    expect(Object.isFrozen(config)).toBe(false);
    expect(Object.isFrozen(config.analysis)).toBe(false);
    expect(Object.isFrozen(config.sources)).toBe(false);
    expect(Object.isFrozen(config.outputs)).toBe(false);
    expect(resolved.analysis).not.toBe(config.analysis);
    // The user's lists can still grow.
    config.sources?.push(pushdown);
    expect(resolved.sources).toHaveLength(1);
  });

  it.each<[string, unknown, string]>([
    [
      "a misspelt analysis key",
      { analysis: { timezone: "UTC" } },
      'analysis.timezone: is not a known property (did you mean "timeZone"?)',
    ],
    [
      "a misspelt top-level key",
      { outdir: "out" },
      'outdir: is not a known property (did you mean "outDir"?)',
    ],
    [
      "a misspelt nested key",
      { analysis: { interval: { methd: "wald" } } },
      'analysis.interval.methd: is not a known property (did you mean "method"?)',
    ],
    [
      "an unknown key far from all",
      { analysis: { colour: "red" } },
      "analysis.colour: is not a known property (known properties: timeZone, period, segments, target, interval, rounding)",
    ],
    [
      "a level outside (0, 1)",
      { analysis: { interval: { level: 95 } } },
      "analysis.interval.level: must be a number greater than 0 and less than 1 (got 95)",
    ],
    [
      "a level as text",
      { analysis: { interval: { level: "0.95" } } },
      'analysis.interval.level: must be a number greater than 0 and less than 1 (got "0.95")',
    ],
    [
      "decimals as text",
      { analysis: { rounding: { decimals: "2" } } },
      'analysis.rounding.decimals: must be an integer from 0 to 4 (got "2")',
    ],
    [
      "a fractional decimals",
      { analysis: { rounding: { decimals: 1.5 } } },
      "analysis.rounding.decimals: must be an integer from 0 to 4 (got 1.5)",
    ],
    [
      "a target out of range",
      { analysis: { target: 120 } },
      "analysis.target: must be a number from -100 to 100, or null (got 120)",
    ],
    [
      "an unknown period grain",
      { analysis: { period: "day" } },
      'analysis.period: must be one of "month", "week", "quarter", "year" (got "day")',
    ],
    ["an unknown locale", { locale: "de" }, 'locale: must be one of "en", "ru" (got "de")'],
    [
      "segments as text",
      { analysis: { segments: "region" } },
      'analysis.segments: must be an array (got "region")',
    ],
    [
      "an empty segment name",
      { analysis: { segments: ["region", ""] } },
      "analysis.segments[1]: must not be empty",
    ],
    ["an empty outDir", { outDir: "" }, "outDir: must not be empty"],
    ["analysis as a list", { analysis: [] }, "analysis: must be an object (got [])"],
    ["sources as an object", { sources: {} }, "sources: must be an array (got {})"],
    [
      "a bad time zone",
      { analysis: { timeZone: "Europe/Moskow" } },
      'analysis.timeZone: "Europe/Moskow" is not an IANA time zone name (did you mean "Europe/Moscow"?)',
    ],
    [
      "a source without a read or aggregate hook",
      { sources: [source, { name: "acme:crm" }] },
      'sources[1]: plugin "acme:crm" has no read() or aggregate() hook; was a factory passed without calling it?',
    ],
    [
      "an output without write",
      { outputs: [{ name: "acme:chat", send() {} }] },
      'outputs[0]: plugin "acme:chat" has no write() hook; was a factory passed without calling it?',
    ],
    [
      "a rule without evaluate",
      { rules: [{ name: "acme:rule", check() {} }] },
      'rules[0]: plugin "acme:rule" has no evaluate() hook; was a factory passed without calling it?',
    ],
    [
      "a target date that is not a date",
      { insights: { targetDate: "June 2027" } },
      'insights.targetDate: has an unexpected form, like "2027-06-30" (got "June 2027")',
    ],
    [
      "a plugin without a name",
      { outputs: [{ write: async () => undefined }] },
      'outputs[0].name: is required (for example "npskit:csv")',
    ],
    [
      "a function among plain settings",
      { analysis: { timeZone: () => "UTC" } },
      "settings other than sources and outputs must be plain data (no functions)",
    ],
    ["no object at all", null, "the configuration must be an object (export default defineConfig({ … }))"],
    ["a list", [], "the configuration must be an object (export default defineConfig({ … }))"],
  ])("rejects %s", (_, config, message) => {
    expect(configError(config).message).toBe(message);
  });

  it("names the key path, the value and the expectation of every problem at once", () => {
    const error = configError({
      analysis: { timezone: "UTC", period: "day", interval: { level: 1.5 } },
      locale: "de",
    });
    expect(error.issues).toEqual([
      { pointer: "analysis.timezone", message: 'is not a known property (did you mean "timeZone"?)' },
      {
        pointer: "analysis.period",
        message: 'must be one of "month", "week", "quarter", "year" (got "day")',
      },
      {
        pointer: "analysis.interval.level",
        message: "must be a number greater than 0 and less than 1 (got 1.5)",
      },
      { pointer: "locale", message: 'must be one of "en", "ru" (got "de")' },
    ]);
    expect(error.message).toMatchInlineSnapshot(
      `"analysis.timezone: is not a known property (did you mean "timeZone"?); analysis.period: must be one of "month", "week", "quarter", "year" (got "day"); analysis.interval.level: must be a number greater than 0 and less than 1 (got 1.5); locale: must be one of "en", "ru" (got "de")"`,
    );
  });

  it("rejects a repeated segment dimension", () => {
    const error = configError({ analysis: { segments: ["region", "region"] } });
    expect(error.issues.map((issue) => issue.pointer)).toEqual(["analysis.segments"]);
  });

  it("checks plugins only once the plain data is valid", () => {
    const error = configError({ locale: "de", sources: [{ name: "acme:crm" }] });
    expect(error.issues.map((issue) => issue.pointer)).toEqual(["locale"]);
  });
});
