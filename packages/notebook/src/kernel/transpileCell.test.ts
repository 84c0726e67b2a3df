import { describe, expect, it } from "vitest";
import { cellLineOf, IMPORT_FUNCTION, transpileCell } from "./transpileCell.js";

describe("transpileCell", () => {
  it.each([
    ['import x from "m";', `const { default: x } = await ${IMPORT_FUNCTION}("m");`],
    ['import * as ns from "m";', `const ns = await ${IMPORT_FUNCTION}("m");`],
    ['import { a, b as c } from "m";', `const { a, b: c } = await ${IMPORT_FUNCTION}("m");`],
    ['import d, { a } from "m";', `const { default: d, a } = await ${IMPORT_FUNCTION}("m");`],
    ['import "m";', `await ${IMPORT_FUNCTION}("m");`],
    ['const m = await import("m");', `const m = await ${IMPORT_FUNCTION}("m");`],
  ])("rewrites %s", async (source, expected) => {
    const cell = await transpileCell(`${source}\nvoid 0;`, "c");
    expect(cell.code.split("\n")[0]).toBe(expected);
  });

  it("drops type-only imports but keeps value imports a later cell may use", async () => {
    const cell = await transpileCell('import type { T } from "t";\nimport { unused } from "u";', "c");
    expect(cell.code).not.toContain('"t"');
    expect(cell.code).toContain('"u"');
  });

  it("maps generated lines back to the cell's lines", async () => {
    const cell = await transpileCell(
      "// one\n\ninterface A { a: number }\nconst a: A = { a: 1 };\nthrow new Error(String(a.a));",
      "c",
    );
    const line = cell.code.split("\n").findIndex((text) => text.startsWith("throw")) + 1;
    expect(cellLineOf(cell, line, 1)).toBe(5);
  });
});
