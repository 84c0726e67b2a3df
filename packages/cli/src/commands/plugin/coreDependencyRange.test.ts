import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { coreDependencyRange, resolveWorkspaceRange } from "./coreDependencyRange.js";

describe("resolveWorkspaceRange", () => {
  it.each([
    ["workspace:^", "^0.1.0"],
    ["workspace:~", "~0.1.0"],
    ["workspace:*", "0.1.0"],
    ["workspace:^0.2.0", "^0.2.0"],
    ["^0.3.0", "^0.3.0"],
    [undefined, "^0.1.0"],
  ])("%s → %s", (declared, expected) => {
    expect(resolveWorkspaceRange(declared, () => "0.1.0")).toBe(expected);
  });
});

describe("coreDependencyRange", () => {
  it("in the monorepo, is a caret range on the workspace's @npskit/core version", async () => {
    const core = JSON.parse(
      await readFile(new URL("../../../../core/package.json", import.meta.url), "utf8"),
    ) as {
      version: string;
    };
    expect(coreDependencyRange()).toBe(`^${core.version}`);
  });
});
