import type { SurveyResponse } from "@npskit/core";
import { describe, expect, it } from "vitest";
import { insightCollector } from "./insightCollector.js";

const response = (
  id: string,
  score: number | null,
  submittedAt: string,
  extra: Partial<SurveyResponse> = {},
): SurveyResponse => ({
  id,
  score,
  submittedAt,
  ...extra,
});
const consenting = {
  respondent: { name: "Ann", email: "ann@example.com", externalId: "c-1", consentToContact: true },
};

describe("insightCollector", () => {
  it("sums driver ratings of answered responses, per period in the time zone", () => {
    const collector = insightCollector({ timeZone: "Europe/Moscow" });
    collector.add(response("a", 9, "2026-10-10T10:00:00Z", { drivers: { support: 4, price: null } }));
    collector.add(response("b", 3, "2026-10-11T10:00:00Z", { drivers: { support: 2 } }));
    collector.add(response("c", null, "2026-10-12T10:00:00Z", { drivers: { support: 5 } }));
    // 22:30Z on 31 October is November in Moscow.
    collector.add(response("d", 10, "2026-10-31T22:30:00Z", { drivers: { support: 5 } }));
    const october = collector.dataFor("2026-10");
    expect(october.answered).toBe(2);
    expect(october.drivers).toEqual([
      { name: "support", n: 2, sumX: 6, sumY: 12, sumXX: 20, sumYY: 90, sumXY: 42, min: 2, max: 4 },
    ]);
    expect(collector.dataFor("2026-11").drivers[0]?.n).toBe(1);
    expect(collector.dataFor("2026-12")).toMatchObject({ answered: 0, drivers: [], contacts: [] });
  });

  it("counts detractors and keeps the consenting ones with their contact details, oldest first", () => {
    const collector = insightCollector();
    collector.add(response("late", 2, "2026-10-20T10:00:00Z", consenting));
    collector.add(response("early", 6, "2026-10-02T10:00:00Z", consenting));
    collector.add(response("silent", 0, "2026-10-03T10:00:00Z", { respondent: { consentToContact: false } }));
    collector.add(response("passive", 7, "2026-10-03T10:00:00Z", consenting));
    const data = collector.dataFor("2026-10");
    expect(data).toMatchObject({ detractors: 3, consenting: 2, omitted: 0 });
    expect(data.contacts).toEqual([
      {
        id: "early",
        score: 6,
        submittedAt: "2026-10-02T10:00:00Z",
        name: "Ann",
        email: "ann@example.com",
        externalId: "c-1",
      },
      {
        id: "late",
        score: 2,
        submittedAt: "2026-10-20T10:00:00Z",
        name: "Ann",
        email: "ann@example.com",
        externalId: "c-1",
      },
    ]);
  });

  it("keeps at most maxContacts, the oldest, and counts the rest", () => {
    const collector = insightCollector({ maxContacts: 2 });
    for (const day of [15, 3, 9, 1, 20]) {
      collector.add(response(`d${day}`, 1, `2026-10-${String(day).padStart(2, "0")}T00:00:00Z`, consenting));
    }
    const data = collector.dataFor("2026-10");
    expect(data.contacts.map((contact) => contact.id)).toEqual(["d1", "d3"]);
    expect(data).toMatchObject({ consenting: 5, omitted: 3 });
  });

  it("counts only responses in scope", () => {
    const collector = insightCollector({ scope: { region: "Europe" } });
    collector.add(
      response("in", 1, "2026-10-01T10:00:00Z", { segments: { region: "Europe" }, ...consenting }),
    );
    collector.add(
      response("out", 1, "2026-10-01T10:00:00Z", { segments: { region: "APAC" }, ...consenting }),
    );
    expect(collector.dataFor("2026-10")).toMatchObject({ answered: 1, detractors: 1, consenting: 1 });
  });

  it.each([
    [{ maxContacts: -1 }, /maxContacts/],
    [{ grain: "month" as const }, /2026-W44 is a week/],
  ])("rejects bad use %#", (options, message) => {
    expect(() => insightCollector(options).dataFor("2026-W44")).toThrow(message);
  });
});
