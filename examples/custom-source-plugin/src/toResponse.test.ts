import { describe, expect, it } from "vitest";
import type { HelpdeskRating } from "./helpdeskRating.js";
import { type Mapped, toResponse } from "./toResponse.js";

const base = { ticket_id: 7, rated_at: "2026-10-01T09:00:00Z", scale: "0-10" };
const TAGS = ["channel", "priority"];

describe("toResponse", () => {
  it.each<[string, HelpdeskRating, Mapped]>([
    [
      "a full rating",
      {
        ...base,
        rating: 3,
        comment: "  Никто не перезвонил.  ",
        requester: { id: "c-1", email: "ivan@example.ru", name: "Иван" },
        tags: ["channel:phone", "priority:urgent", "refund"],
        group: "Billing",
        consent: false,
        locale: "ru-RU",
      },
      {
        ok: true,
        response: {
          id: "7",
          submittedAt: "2026-10-01T09:00:00Z",
          score: 3,
          comment: "Никто не перезвонил.",
          segments: { channel: "phone", priority: "urgent", group: "Billing" },
          respondent: { externalId: "c-1", email: "ivan@example.ru", name: "Иван", consentToContact: false },
          locale: "ru-RU",
        },
      },
    ],
    [
      "a skipped rating",
      { ...base, rating: null },
      { ok: true, response: { id: "7", submittedAt: base.rated_at, score: null } },
    ],
    [
      "no rating at all",
      { ...base },
      { ok: true, response: { id: "7", submittedAt: base.rated_at, score: null } },
    ],
    [
      "epoch seconds and no scale",
      { ticket_id: "T-9", rated_at: 1790845200, rating: 9 },
      { ok: true, response: { id: "T-9", submittedAt: "2026-10-01T09:00:00.000Z", score: 9 } },
    ],
    [
      "a rating npskit will reject, passed on as it is",
      { ...base, rating: "ten" },
      { ok: true, response: { id: "7", submittedAt: base.rated_at, score: "ten" } },
    ],
    [
      "a CSAT rating",
      { ...base, scale: "good-bad", rating: "good" },
      {
        ok: false,
        reason: 'unknown rating scale "good-bad": only "0-10" ratings are NPS answers',
        field: "/scale",
      },
    ],
    [
      "a rating without a ticket",
      { ...base, ticket_id: "", rating: 5 },
      { ok: false, reason: 'ticket_id must be a number or a non-empty string (got "")', field: "/ticket_id" },
    ],
    [
      "a time in milliseconds",
      { ...base, rated_at: 1790845200000, rating: 5 },
      {
        ok: false,
        reason: "rated_at must be epoch seconds or an ISO date-time (got 1790845200000)",
        field: "/rated_at",
      },
    ],
  ])("maps %s", (_, rating, expected) => {
    expect(toResponse(rating, TAGS)).toEqual(expected);
  });
});
