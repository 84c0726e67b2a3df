import { histogramAt, ingest, nps, resolveConfig } from "@npskit/core";
import { describe, expect, it } from "vitest";
import config from "./npskit.config.js";

// What npskit does with the config, step by step: resolve it, then ingest its sources by its settings.
describe("npskit.config.ts", () => {
  it("resolves, and its helpdesk source gives October's NPS by channel", async () => {
    const resolved = resolveConfig(config);
    const { aggregation, accounting } = await ingest({
      sources: resolved.sources,
      timeZone: resolved.analysis.timeZone,
      grain: resolved.analysis.period,
      breakdowns: resolved.analysis.segments.map((segment) => [segment]),
    });
    expect(accounting).toMatchObject({ read: 10, accepted: 4, unanswered: 1, rejected: 4, duplicates: 1 });
    expect(nps(histogramAt(aggregation, "2026-10"))).toBe(75);
    expect(nps(histogramAt(aggregation, "2026-10", { channel: "chat" }))).toBe(100);
    expect(nps(histogramAt(aggregation, "2026-10", { channel: "email" }))).toBe(50);
    // Only a skipped question from the phone channel: no NPS, rather than a misleading 0.
    expect(nps(histogramAt(aggregation, "2026-10", { channel: "phone" }))).toBeNull();
  });
});
