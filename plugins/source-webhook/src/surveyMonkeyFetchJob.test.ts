import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { surveyMonkeyFetchJob } from "./surveyMonkeyFetchJob.js";

const fixture = () =>
  JSON.parse(
    readFileSync(new URL("../test/fixtures/surveymonkey-event.json", import.meta.url), "utf8"),
  ) as Record<string, unknown>;

describe("surveyMonkeyFetchJob", () => {
  it("turns the documented response_completed event into the fetch of its details", () => {
    expect(surveyMonkeyFetchJob(fixture())).toEqual({
      kind: "fetch",
      job: {
        surveyId: "505420611",
        responseId: "114392581839",
        url: "/v3/surveys/505420611/responses/114392581839/details",
        eventId: "10019822474",
        eventType: "response_completed",
      },
    });
  });

  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ["response_updated", { event_type: "response_updated" }, { eventType: "response_updated" }],
    [
      "numeric ids",
      { object_id: 114392581839, resources: { survey_id: 505420611 } },
      { responseId: "114392581839" },
    ],
    ["no event_id", { event_id: undefined }, { eventId: undefined }],
    ["no object_type", { object_type: undefined }, { surveyId: "505420611" }],
  ])("accepts %s", (_name, change, expected) => {
    const result = surveyMonkeyFetchJob({ ...fixture(), ...change });
    expect(result.kind).toBe("fetch");
    if (result.kind === "fetch")
      for (const [key, value] of Object.entries(expected)) expect(result.job[key as "url"]).toEqual(value);
  });

  it.each([
    "response_created",
    "response_deleted",
    "response_disqualified",
    "collector_created",
    "survey_updated",
    undefined,
  ])("ignores event_type %s", (eventType) => {
    expect(surveyMonkeyFetchJob({ ...fixture(), event_type: eventType })).toMatchObject({ kind: "ignored" });
  });

  it.each<[string, unknown, string]>([
    ["a non-object", [], "payload must be a JSON object"],
    [
      "another object type",
      { ...fixture(), object_type: "survey" },
      'object_type "survey" is not "response"',
    ],
    [
      "a missing object_id",
      { ...fixture(), object_id: undefined },
      "object_id must be a response id (got nothing)",
    ],
    ["a path in object_id", { ...fixture(), object_id: "../../users/me" }, "object_id must be a response id"],
    ["a query in object_id", { ...fixture(), object_id: "1?x=1" }, "object_id must be a response id"],
    [
      "an encoded slash in survey_id",
      { ...fixture(), resources: { survey_id: "1%2F2" } },
      "resources.survey_id must be a survey id",
    ],
    [
      "no resources",
      { ...fixture(), resources: undefined },
      "resources.survey_id must be a survey id (got nothing)",
    ],
    [
      "an id that is too long",
      { ...fixture(), object_id: "9".repeat(65) },
      "object_id must be a response id",
    ],
  ])("rejects %s", (_name, payload, reason) => {
    const result = surveyMonkeyFetchJob(payload);
    expect(result.kind).toBe("rejected");
    expect(result.kind === "rejected" && result.reason).toContain(reason);
  });
});
