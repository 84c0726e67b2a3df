import { stat } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { histogramAt, type IngestProgress, ingest, type Rejection } from "@npskit/core";
import { checkSourceContract } from "@npskit/core/testing";
import { describe, expect, it } from "vitest";
import { helpdeskSource } from "./helpdeskSource.js";

const fixture = fileURLToPath(new URL("../test/fixtures/ratings.jsonl", import.meta.url));

describe("helpdeskSource", () => {
  it("keeps the source contract and accounts for every rating in the export", async () => {
    // batchSize 2: several batches, so that the kit also checks the source stops when aborted.
    const report = await checkSourceContract(() => helpdeskSource({ path: fixture, batchSize: 2 }), {
      // 11 lines, one blank. Counted: 48213, 48217, 48218 and 48214's second rating; 48215 skipped the
      // question. Rejected: a CSAT rating, a broken line, a rating of 11, a rating without a ticket.
      // 48214's first rating is superseded by its second.
      expect: { read: 10, accepted: 4, unanswered: 1, rejected: 4, duplicates: 1 },
    });
    expect(report.violations).toEqual([]);
  });

  it("maps a rating with its comment, requester, segments and locale", async () => {
    const { responses } = await checkSourceContract(() => helpdeskSource({ path: fixture }));
    expect(responses[0]).toEqual({
      id: "48213",
      submittedAt: "2026-10-01T09:00:00.000Z",
      score: 10,
      comment: "Решили за 10 минут, спасибо Анне!",
      segments: { channel: "chat", priority: "normal", group: "Billing" },
      respondent: {
        externalId: "9001",
        email: "olga.ivanova@example.ru",
        name: "Ольга Иванова",
        consentToContact: true,
      },
      locale: "ru",
    });
    // No scale means the NPS scale; a blank comment is no comment; the first of two priority tags wins.
    expect(responses.find((response) => response.id === "48218")).toEqual({
      id: "48218",
      submittedAt: "2026-10-09T16:03:00.000Z",
      score: 8,
      segments: { channel: "email", priority: "normal", group: "Onboarding" },
      respondent: { email: "lea@example.de" },
      locale: "de",
    });
  });

  it("rejects each rating it cannot count, with its line number, ticket and reason", async () => {
    const rejections: Rejection[] = [];
    await ingest({ sources: [helpdeskSource({ path: fixture })], onReject: (r) => void rejections.push(r) });
    const lines = rejections.map(
      (r) =>
        `${r.location.line} ${r.location.recordId ?? "-"} ${r.category}: ${r.reason
          .replaceAll(fixture, "<fixture>")
          // The JSON parser's wording differs between Node versions.
          .replace(/^not valid JSON: .*/, "not valid JSON: …")}`,
    );
    expect(lines).toMatchInlineSnapshot(`
      [
        "2 48214 duplicate id: duplicate id "48214": superseded by the response at <fixture>:9, record 48214",
        "5 - invalid /scale: unknown rating scale "1-5": only "0-10" ratings are NPS answers",
        "8 - not valid JSON: not valid JSON: …",
        "10 48220 invalid /score: /score: must be an integer from 0 to 10, or null (got 11)",
        "11 - invalid /ticket_id: ticket_id must be a number or a non-empty string (got undefined)",
      ]
    `);
  });

  it("counts a skipped rating as unanswered and a re-rated ticket once, at its latest rating", async () => {
    const { aggregation } = await ingest({ sources: [helpdeskSource({ path: fixture })] });
    const histogram = histogramAt(aggregation, "2026-10");
    // 10 (48213), 9 (48217), 9 (48214, re-rated from 6), 8 (48218); 48215 skipped the question.
    expect(histogram.counts).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 1]);
    expect(histogram.unanswered).toBe(1);
  });

  it("makes segments of the tags the user chooses", async () => {
    const { responses } = await checkSourceContract(() =>
      helpdeskSource({ path: fixture, segmentTags: ["priority"] }),
    );
    expect(responses[0]?.segments).toEqual({ priority: "normal", group: "Billing" });
  });

  it("reports progress up to the size of the file", async () => {
    const updates: IngestProgress[] = [];
    await ingest({
      sources: [helpdeskSource({ path: fixture, batchSize: 3 })],
      onProgress: (p) => updates.push(p),
    });
    const { size } = await stat(fixture);
    expect(updates.map((p) => p.records)).toEqual([3, 9, 11]);
    expect(updates.at(-1)).toMatchObject({ source: "acme:helpdesk", bytes: size, totalBytes: size });
    expect(updates.every((p) => p.totalBytes === size && (p.bytes ?? 0) <= size)).toBe(true);
  });

  it("stops reading when aborted", async () => {
    const controller = new AbortController();
    let batches = 0;
    const run = ingest({
      sources: [helpdeskSource({ path: fixture, batchSize: 1 })],
      signal: controller.signal,
      // Progress follows each batch: abort after the first one, as Ctrl-C would.
      onProgress: () => {
        batches += 1;
        controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: "AbortError" });
    expect(batches).toBe(1);
  });

  it("fails with an input error naming a missing file", async () => {
    await expect(
      // Relative paths are read from ctx.baseDir: the config file's folder when npskit runs it.
      ingest({ sources: [helpdeskSource({ path: "exports/missing.jsonl" })], baseDir: "/srv/nps" }),
    ).rejects.toMatchObject({
      code: "NPSKIT_E_PLUGIN",
      pluginCode: "NPSKIT_E_INPUT",
      message:
        'plugin "acme:helpdesk" failed in read(): cannot read /srv/nps/exports/missing.jsonl: no such file',
    });
  });
});
