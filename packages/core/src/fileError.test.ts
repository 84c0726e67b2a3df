import { describe, expect, it } from "vitest";
import { InputError, PeriodError } from "./errors.js";
import { fileError } from "./fileError.js";

describe("fileError", () => {
  it.each([
    ["ENOENT", "cannot read data.csv: no such file"],
    ["EISDIR", "cannot read data.csv: it is a folder"],
    ["EACCES", "cannot read data.csv: permission denied"],
    ["EIO", "cannot read data.csv: i/o error"],
  ])("explains %s", (code, message) => {
    const cause = Object.assign(new Error("i/o error"), { code });
    const error = fileError("data.csv", cause);
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe(message);
    expect(error.cause).toBe(cause);
    expect((error as InputError).location).toEqual({ file: "data.csv" });
  });

  it("lets npskit errors through", () => {
    const error = new PeriodError("x");
    expect(fileError("data.csv", error)).toBe(error);
  });
});
