import { describe, expect, it } from "vitest";
import { injectParameters, parseParameter } from "./injectParameters.js";
import { parseNotebook } from "./parseNotebook.js";
import { serializeNotebook } from "./serializeNotebook.js";

const minimal = {
  nbformat: 4,
  nbformat_minor: 4,
  metadata: {},
  cells: [
    { cell_type: "markdown", metadata: {}, source: ["# Title\n", "text"] },
    {
      cell_type: "code",
      metadata: { tags: ["parameters"] },
      source: 'const period = "latest";',
      outputs: [],
    },
    {
      cell_type: "code",
      metadata: {},
      source: "period",
      outputs: [{ output_type: "stream", name: "stdout", text: ["a\n", "b\n"] }],
      execution_count: 3,
    },
  ],
};

describe("parseNotebook", () => {
  it("reads nbformat 4 JSON, joins line lists, adds npskit's kernelspec and cell ids", () => {
    const notebook = parseNotebook(JSON.stringify(minimal), "a.npsnb");
    expect(notebook.nbformat_minor).toBe(5);
    expect(notebook.metadata.kernelspec).toEqual({
      name: "npskit",
      display_name: "npskit (TypeScript)",
      language: "typescript",
    });
    expect(notebook.metadata.language_info.name).toBe("typescript");
    expect(notebook.cells[0]).toMatchObject({ cell_type: "markdown", source: "# Title\ntext" });
    expect(notebook.cells[2]).toMatchObject({ execution_count: 3, outputs: [{ text: "a\nb\n" }] });
    expect(notebook.cells.every((cell) => typeof cell.id === "string" && cell.id !== "")).toBe(true);
  });

  it("round-trips through serializeNotebook with sources as line lists", () => {
    const notebook = parseNotebook(JSON.stringify(minimal), "a.npsnb");
    const text = serializeNotebook(notebook);
    expect(JSON.parse(text).cells[0].source).toEqual(["# Title\n", "text"]);
    expect(parseNotebook(text, "a.npsnb")).toEqual(notebook);
  });

  it.each([
    ["{", "a.npsnb: not a notebook: not valid JSON"],
    ["[]", "a.npsnb: not a notebook: the top level must be a JSON object"],
    ['{"nbformat":3,"cells":[]}', "a.npsnb: nbformat 3 is not supported; expected 4"],
    ['{"nbformat":4}', "a.npsnb: no cells: expected a `cells` array"],
    [
      '{"nbformat":4,"cells":[{"cell_type":"code","source":1}]}',
      "a.npsnb: `source` must be a string or a list of strings",
    ],
    [
      '{"nbformat":4,"cells":[{"cell_type":"sql","source":""}]}',
      'a.npsnb: unknown cell_type "sql"; expected code, markdown or raw',
    ],
    [
      '{"nbformat":4,"cells":[{"cell_type":"code","source":"","outputs":[{}]}]}',
      "a.npsnb: an output needs an output_type",
    ],
  ])("rejects %s with one clear message", (text, message) => {
    expect(() => parseNotebook(text, "a.npsnb")).toThrowError(
      expect.objectContaining({ code: "NPSKIT_E_INPUT", message: expect.stringContaining(message) }),
    );
  });

  it("names the offending field", () => {
    expect(() =>
      parseNotebook('{"nbformat":4,"cells":[{},{"cell_type":"code","source":2}]}', "a.npsnb"),
    ).toThrowError(expect.objectContaining({ location: { file: "a.npsnb", field: "/cells/0/source" } }));
  });
});

describe("injectParameters", () => {
  it("inserts an injected-parameters cell after the parameters cell, replacing an earlier one", () => {
    const notebook = parseNotebook(JSON.stringify(minimal), "a.npsnb");
    const once = injectParameters(notebook, { period: "2026-10", target: 40 });
    const twice = injectParameters(once, { period: "2026-11" });
    expect(once.cells[2]).toMatchObject({
      metadata: { tags: ["injected-parameters"] },
      source: '// Parameters injected by npskit notebook run\nconst period = "2026-10";\nconst target = 40;',
    });
    expect(twice.cells.filter((cell) => cell.metadata.tags?.includes("injected-parameters"))).toHaveLength(1);
    expect(twice.cells[2]!.source).toContain('const period = "2026-11";');
    expect(notebook.cells).toHaveLength(3);
  });

  it("puts the cell first when no cell is tagged parameters", () => {
    const notebook = parseNotebook('{"nbformat":4,"cells":[{"cell_type":"code","source":"x"}]}', "a.npsnb");
    expect(injectParameters(notebook, { x: 1 }).cells[0]!.metadata.tags).toEqual(["injected-parameters"]);
  });

  it.each([
    ["period=2026-10", ["period", "2026-10"]],
    ["target=40", ["target", 40]],
    ["strict=true", ["strict", true]],
    ["label=a=b", ["label", "a=b"]],
  ])("parses --param %s", (text, expected) => {
    expect(parseParameter(text)).toEqual(expected);
  });

  it("rejects a parameter without a name or that is not an identifier", () => {
    expect(() => parseParameter("=1")).toThrowError(/expected name=value/);
    expect(() => injectParameters(parseNotebook('{"nbformat":4,"cells":[]}'), { "a-b": 1 })).toThrowError(
      /not a valid identifier/,
    );
  });
});
