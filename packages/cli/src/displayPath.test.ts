import { describe, expect, it } from "vitest";
import { displayPath } from "./displayPath.js";

describe("displayPath", () => {
  it.each([
    ["/work/project/reports/nps.pdf", "reports/nps.pdf"],
    ["/work/project", "."],
    ["/tmp/out/nps.pdf", "/tmp/out/nps.pdf"],
    ["/work/project-other/nps.pdf", "/work/project-other/nps.pdf"],
  ])("%s from /work/project → %s", (path, shown) => {
    expect(displayPath(path, "/work/project")).toBe(shown);
  });
});
