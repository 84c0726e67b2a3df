import { describe, expect, it } from "vitest";
import { arraySource, recordAt, rejectAt } from "../../test/arraySource.js";
import { PluginError } from "../errors.js";
import type { SourcePlugin } from "../plugin.js";
import { collectSource } from "./collectSource.js";

function response(id: string, score: number | null, day: number) {
  return { id, score, submittedAt: `2026-10-${String(day).padStart(2, "0")}T09:00:00Z` };
}

/** Two batches: an answered, an unanswered and an invalid response, a broken line, a superseding duplicate. */
const helpdesk = arraySource("acme:helpdesk", [
  [recordAt(2, response("1", 9, 1)), recordAt(3, response("2", null, 1)), recordAt(4, response("3", 11, 1))],
  [rejectAt(5, "unterminated quote (the field opens here)", '"5,9'), recordAt(6, response("1", 10, 2))],
]);

/** A source that logs at every level, with the time zone it was given. */
const chatty: SourcePlugin = {
  name: "acme:chatty",
  async *read(ctx) {
    ctx.logger.debug("opening");
    ctx.logger.info(`reading in ${ctx.timeZone}`);
    ctx.logger.warn("no comment column");
    ctx.logger.error("one record lost");
    yield [recordAt(2, response("1", 7, 1))];
  },
};

describe("collectSource", () => {
  it("collects the responses with their locations, the rejections and the accounting of one run", async () => {
    const run = await collectSource(helpdesk);
    expect(run.responses.map((r) => `${r.id}:${r.score}`)).toEqual(["1:9", "2:null", "1:10"]);
    expect(run.locations.map((l) => l.line)).toEqual([2, 3, 6]);
    expect(run.rejections.map((r) => `${r.kind} ${r.location.line} ${r.category}`)).toEqual([
      "invalid 4 invalid /score",
      "duplicate 2 duplicate id",
      "invalid 5 unterminated quote",
    ]);
    expect(run.accounting).toEqual({
      read: 5,
      accepted: 1,
      unanswered: 1,
      rejected: 2,
      duplicates: 1,
      rejectedByReason: { "invalid /score": 1, "unterminated quote": 1 },
    });
    expect(run.logs).toEqual([]);
  });

  it("records every log line with its level, and gives the source the time zone", async () => {
    const run = await collectSource(chatty, { timeZone: "Europe/Moscow" });
    expect(run.logs).toEqual([
      "debug: opening",
      "info: reading in Europe/Moscow",
      "warn: no comment column",
      "error: one record lost",
    ]);
    expect((await collectSource(chatty)).logs[1]).toBe("info: reading in UTC");
  });

  it("fails as the pipeline does when the source fails", async () => {
    const failing = arraySource("acme:flaky", [[recordAt(2, response("1", 9, 1))]], { failAfter: 1 });
    await expect(collectSource(failing)).rejects.toBeInstanceOf(PluginError);
  });
});
