import { describe, expect, it } from "vitest";
import {
  BrowserError,
  CellError,
  ConfigError,
  ERROR_CODES,
  type ErrorLocation,
  formatIssue,
  formatLocation,
  InputError,
  InvalidArgumentError,
  InvalidReportError,
  InvalidResponseError,
  NpskitError,
  PeriodError,
  PluginError,
  QualityGateError,
  RenderError,
  TimeZoneError,
  UsageError,
} from "./errors.js";

describe("formatLocation", () => {
  it.each<[ErrorLocation, string]>([
    [{ file: "data.csv", line: 12, column: "score" }, "data.csv:12, column score"],
    [{ file: "data.csv", line: 12 }, "data.csv:12"],
    [{ file: "data.csv" }, "data.csv"],
    [{ file: "data.csv", column: 3 }, "data.csv, column 3"],
    [{ line: 7 }, "line 7"],
    [{ line: 7, column: 2 }, "line 7, column 2"],
    [{ file: "npskit.config.ts", field: "analysis.timeZone" }, "npskit.config.ts, field analysis.timeZone"],
    [{ file: "r.ndjson", line: 3, field: "/score" }, "r.ndjson:3, field /score"],
    [{ field: "" }, ""],
    [{ recordId: "delivery-8f2c" }, "record delivery-8f2c"],
    [
      { file: "data.csv", line: 1, column: "score", field: "/score", recordId: "19085864118" },
      "data.csv:1, column score, field /score, record 19085864118",
    ],
    [{}, ""],
  ])("formats %j as %j", (location, text) => {
    expect(formatLocation(location)).toBe(text);
  });
});

describe("formatIssue", () => {
  it.each([
    [{ pointer: "/score", message: "must be an integer" }, "/score: must be an integer"],
    [{ pointer: "analysis.timeZone", message: "is wrong" }, "analysis.timeZone: is wrong"],
    [{ pointer: "", message: "must be an object (got null)" }, "record must be an object (got null)"],
  ])("formats %j", (issue, text) => {
    expect(formatIssue(issue)).toBe(text);
  });
});

describe("error classes", () => {
  it.each<[string, () => NpskitError, string]>([
    ["InvalidArgumentError", () => new InvalidArgumentError("m"), "NPSKIT_E_INVALID_ARGUMENT"],
    ["UsageError", () => new UsageError("m"), "NPSKIT_E_USAGE"],
    [
      "InvalidResponseError",
      () => new InvalidResponseError([{ pointer: "/x", message: "m" }]),
      "NPSKIT_E_INVALID_RESPONSE",
    ],
    [
      "InvalidReportError",
      () => new InvalidReportError([{ pointer: "/x", message: "m" }]),
      "NPSKIT_E_INVALID_REPORT",
    ],
    ["TimeZoneError", () => new TimeZoneError("m"), "NPSKIT_E_TIME_ZONE"],
    ["PeriodError", () => new PeriodError("m"), "NPSKIT_E_PERIOD"],
    ["ConfigError", () => new ConfigError([{ pointer: "x", message: "m" }]), "NPSKIT_E_CONFIG"],
    ["InputError", () => new InputError("m"), "NPSKIT_E_INPUT"],
    ["BrowserError", () => new BrowserError("m"), "NPSKIT_E_BROWSER"],
    ["RenderError", () => new RenderError("m"), "NPSKIT_E_RENDER"],
    ["QualityGateError", () => new QualityGateError("m"), "NPSKIT_E_GATE"],
    ["CellError", () => new CellError("m"), "NPSKIT_E_CELL"],
    ["PluginError", () => new PluginError("p", "read", new Error("m")), "NPSKIT_E_PLUGIN"],
  ])("%s has its stable code, its own name, and is an NpskitError", (name, make, code) => {
    const error = make();
    expect(error).toBeInstanceOf(NpskitError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe(name);
    expect(error.code).toBe(code);
    expect(Object.keys(ERROR_CODES)).toContain(code);
  });

  it("every code is documented", () => {
    for (const [code, meaning] of Object.entries(ERROR_CODES)) {
      expect(code).toMatch(/^NPSKIT_E_[A-Z_]+$/);
      expect(meaning.length).toBeGreaterThan(10);
    }
  });

  it("carries a location and a cause when given", () => {
    const cause = new Error("disk full");
    const error = new InputError("cannot read responses.csv", { location: { file: "responses.csv" }, cause });
    expect(error.location).toEqual({ file: "responses.csv" });
    expect(error.cause).toBe(cause);
    expect(new InputError("m").location).toBeUndefined();
    expect("cause" in new InputError("m")).toBe(false);
  });

  it("InvalidResponseError lists every issue in its message", () => {
    const error = new InvalidResponseError(
      [
        { pointer: "/score", message: "must be an integer from 0 to 10, or null (got 11)" },
        { pointer: "", message: "must be an object (got null)" },
      ],
      { location: { file: "r.csv", line: 4 } },
    );
    expect(error.message).toMatchInlineSnapshot(
      `"/score: must be an integer from 0 to 10, or null (got 11); record must be an object (got null)"`,
    );
    expect(error.issues).toHaveLength(2);
    expect(error.location).toEqual({ file: "r.csv", line: 4 });
  });

  it("ConfigError joins key paths and messages; a whole-config problem reads on its own", () => {
    const error = new ConfigError([
      { pointer: "analysis.timeZone", message: "is not an IANA time zone name" },
      { pointer: "", message: "the configuration must be an object" },
    ]);
    expect(error.message).toMatchInlineSnapshot(
      `"analysis.timeZone: is not an IANA time zone name; the configuration must be an object"`,
    );
  });
});

describe("PluginError", () => {
  it("names the plugin and the hook, and keeps the plugin's own code, message and location", () => {
    const inner = Object.assign(new Error("HTTP 401 from https://crm.example.com"), { code: "ACME_E_AUTH" });
    const error = new PluginError("acme:crm", "read", inner);
    expect(error.code).toBe("NPSKIT_E_PLUGIN");
    expect(error.pluginCode).toBe("ACME_E_AUTH");
    expect(error.plugin).toBe("acme:crm");
    expect(error.hook).toBe("read");
    expect(error.cause).toBe(inner);
    expect(error.location).toBeUndefined();
    expect(error.message).toMatchInlineSnapshot(
      `"plugin "acme:crm" failed in read(): HTTP 401 from https://crm.example.com"`,
    );
  });

  it("keeps an npskit error's code and location", () => {
    const inner = new InputError("unterminated quote", { location: { file: "r.csv", line: 9 } });
    const error = new PluginError("npskit:csv", "read", inner);
    expect(error.pluginCode).toBe("NPSKIT_E_INPUT");
    expect(error.location).toEqual({ file: "r.csv", line: 9 });
    expect(error.message).toBe('plugin "npskit:csv" failed in read(): unterminated quote');
  });

  it.each<[unknown, string, string | undefined]>([
    ["just a string", "just a string", undefined],
    [42, "42", undefined],
    [undefined, "undefined", undefined],
    [null, "null", undefined],
    [{ code: "E_THING", message: "not an Error" }, "[object Object]", "E_THING"],
    [{ code: 5 }, "[object Object]", undefined],
    [Object.assign(new Error("EPIPE"), { code: "EPIPE" }), "EPIPE", "EPIPE"],
  ])("wraps a thrown %j", (cause, inner, pluginCode) => {
    const error = new PluginError("acme:chat", "write", cause);
    expect(error.message).toBe(`plugin "acme:chat" failed in write(): ${inner}`);
    expect(error.pluginCode).toBe(pluginCode);
    expect(error.code).toBe("NPSKIT_E_PLUGIN");
    expect(error.cause).toBe(cause);
  });
});
