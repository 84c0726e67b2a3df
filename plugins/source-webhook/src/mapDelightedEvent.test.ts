import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { mapDelightedEvent } from "./mapDelightedEvent.js";
import { supersedes } from "./supersedes.js";
import type { MappedResponse } from "./webhookMapping.js";

const fixture = () =>
  JSON.parse(
    readFileSync(new URL("../test/fixtures/delighted-survey-response-updated.json", import.meta.url), "utf8"),
  ) as { event_type: string; event_id: string; event_data: Record<string, unknown> };

function event(type: string, data: Record<string, unknown>, eventId = `evt-${type}`) {
  return { event_type: type, event_id: eventId, event_data: { id: "5435", created_at: 1793491200, ...data } };
}

function only(result: ReturnType<typeof mapDelightedEvent>): MappedResponse {
  if (result.kind !== "responses" || result.responses[0] === undefined)
    throw new Error(JSON.stringify(result));
  return result.responses[0];
}

describe("mapDelightedEvent", () => {
  it("maps the documented survey_response.updated shape", () => {
    expect(mapDelightedEvent(fixture())).toEqual({
      kind: "responses",
      eventId: "b8d057c59327541d7ec2104c0a9a255ad1997fb00831b9c6bbf09561e6d5cbd0",
      responses: [
        {
          response: {
            id: "5435",
            score: 9,
            submittedAt: "2026-11-01T00:00:00Z",
            comment: "Your service is fast and flawless!",
            segments: {
              "Delighted Source": "Email",
              "Purchase Experience": "Mobile App",
              State: "CA",
              "Order Count": "3",
              Gift: "false",
            },
            respondent: { email: "charlie_gravis@example.com", name: "Charlie Gravis" },
            source: "delighted",
          },
          updatedAtMs: 1793491800 * 1000,
        },
      ],
      rejected: [],
    });
  });

  it("maps a created event (score only) and versions it by created_at", () => {
    const created = only(mapDelightedEvent(event("survey_response.created", { score: 3, comment: null })));
    expect(created).toEqual({
      response: { id: "5435", score: 3, submittedAt: "2026-11-01T00:00:00Z", source: "delighted" },
      updatedAtMs: 1793491200000,
    });
  });

  it("lets the latest updated_at win, in any arrival order", () => {
    const created = only(mapDelightedEvent(event("survey_response.created", { score: 3 })));
    const commented = only(
      mapDelightedEvent(
        event("survey_response.updated", { score: 3, comment: "Slow", updated_at: 1793491300 }),
      ),
    );
    const rescored = only(
      mapDelightedEvent(
        event("survey_response.updated", { score: 7, comment: "Better now", updated_at: 1793494800 }),
      ),
    );
    for (const arrivals of [
      [created, commented, rescored],
      [rescored, created, commented],
      [commented, rescored, created],
    ]) {
      let kept: MappedResponse | undefined;
      for (const incoming of arrivals) if (kept === undefined || supersedes(kept, incoming)) kept = incoming;
      expect(kept?.response).toMatchObject({ id: "5435", score: 7, comment: "Better now" });
      // submittedAt stays the creation time; only the version moves.
      expect(kept?.response.submittedAt).toBe("2026-11-01T00:00:00Z");
    }
  });

  it.each<[string, Record<string, unknown>, Partial<MappedResponse["response"]>]>([
    ["a numeric id", { id: 5435, score: 9 }, { id: "5435" }],
    ["a null score", { score: null }, { score: null }],
    ["a missing score", {}, { score: null }],
    ["a blank comment", { score: 9, comment: "  " }, { comment: undefined }],
    [
      "a person without e-mail (SMS)",
      { score: 9, person: { id: "1", email: null, name: "Ann" } },
      { respondent: { name: "Ann" } },
    ],
    ["a placeholder e-mail", { score: 9, person: { email: "not-an-email" } }, { respondent: undefined }],
    ["null person_properties", { score: 9, person_properties: null }, { segments: undefined }],
    ["no survey_type", { score: 9 }, { score: 9 }],
  ])("handles %s", (_name, data, expected) => {
    const response = only(mapDelightedEvent(event("survey_response.updated", data))).response;
    for (const [key, value] of Object.entries(expected))
      expect(response[key as keyof typeof response]).toEqual(value);
  });

  it.each<[string, unknown]>([
    [
      "unsubscribe.created",
      { event_type: "unsubscribe.created", event_data: { person: { email: "a@b.c" } } },
    ],
    ["an unknown event", { event_type: "survey_response.deleted", event_data: {} }],
    ["no event type", { event_data: {} }],
  ])("ignores %s", (_name, payload) => {
    expect(mapDelightedEvent(payload)).toMatchObject({
      kind: "ignored",
      reason: expect.stringContaining("carries no survey response"),
    });
  });

  it.each<[string, unknown, string]>([
    ["a non-object", "x", "payload must be a JSON object"],
    ["no event_data", { event_type: "survey_response.created" }, "event_data must be an object"],
    [
      "a CSAT survey",
      event("survey_response.created", { score: 4, survey_type: "csat" }),
      'survey_type "csat" is not "nps"',
    ],
    [
      "created_at in ISO",
      event("survey_response.created", { score: 4, created_at: "2026-11-01T00:00:00Z" }),
      "event_data.created_at must be Unix seconds",
    ],
    [
      "a bad updated_at",
      event("survey_response.updated", { score: 4, updated_at: "later" }),
      "event_data.updated_at must be Unix seconds",
    ],
    [
      "a score of 11",
      event("survey_response.created", { score: 11 }),
      "/score: must be an integer from 0 to 10",
    ],
    ["a score as text", event("survey_response.created", { score: "9" }), "/score:"],
    ["no id", event("survey_response.created", { score: 9, id: undefined }), "/id: is required"],
  ])("rejects %s", (_name, payload, reason) => {
    const result = mapDelightedEvent(payload);
    expect(result.kind).toBe("rejected");
    expect(result.kind === "rejected" && result.reason).toContain(reason);
  });

  it("takes the source name from options", () => {
    expect(only(mapDelightedEvent(fixture(), { source: "acme-nps" })).response.source).toBe("acme-nps");
  });
});
