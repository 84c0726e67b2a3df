import { describe, expect, it } from "vitest";
import { fileSize } from "./fileSize.js";

describe("fileSize", () => {
  it("is undefined for what is not a regular file", async () => {
    expect(await fileSize("/dev/null")).toBeUndefined();
  });
});
