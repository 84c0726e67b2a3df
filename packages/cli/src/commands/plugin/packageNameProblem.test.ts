import { describe, expect, it } from "vitest";
import { packageNameProblem } from "./packageNameProblem.js";

describe("packageNameProblem", () => {
  it.each(["npskit-source-zendesk", "@acme/npskit-source-crm", "zendesk.nps", "x", "3cx", "a_b", "@a-b/c.d"])(
    "accepts %j",
    (name) => {
      expect(packageNameProblem(name)).toBeUndefined();
    },
  );

  it.each([
    ["Zendesk", "it must be lowercase"],
    ["a".repeat(215), "it is longer than 214 characters"],
    ["_private", "it must not start with a dot or an underscore"],
    ["@acme/.hidden", "it must not start with a dot or an underscore"],
    ["node_modules", "that name is reserved"],
    ["http", "it is the name of a Node.js built-in module"],
    ["crm!", "it must not contain any of ~'!()*"],
    ["crm/plugin", "it may contain only lowercase letters, digits, and - . _ (and one / after an @scope)"],
    ["@acme/crm/plugin", "a scoped name is @scope/name, with one slash"],
    ["ñ", "it may contain only lowercase letters, digits, and - . _ (and one / after an @scope)"],
    ["@acme/--", "it needs a letter or a digit after the scope"],
  ])("refuses %j: %s", (name, problem) => {
    expect(packageNameProblem(name)).toBe(problem);
  });
});
