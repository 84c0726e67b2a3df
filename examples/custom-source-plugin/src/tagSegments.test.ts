import { describe, expect, it } from "vitest";
import { tagSegments } from "./tagSegments.js";

describe("tagSegments", () => {
  it.each<[unknown, Record<string, string>]>([
    [["channel:email", "priority:high", "vip"], { channel: "email", priority: "high" }],
    [["priority:normal", "priority:high"], { priority: "normal" }],
    [["region:eu", "channel:", ":email", 42], {}],
    [["channel:web:widget"], { channel: "web:widget" }],
    ["channel:email", {}],
    [undefined, {}],
  ])("%j → %j", (tags, expected) => {
    expect(tagSegments(tags, ["channel", "priority"])).toEqual(expected);
  });
});
