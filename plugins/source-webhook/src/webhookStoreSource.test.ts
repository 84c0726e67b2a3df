import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ingest, type Rejection } from "@npskit/core";
import { checkSourceContract } from "@npskit/core/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { MappedResponse } from "./webhookMapping.js";
import { openWebhookStore } from "./webhookStore.js";
import { webhookStore } from "./webhookStoreSource.js";

let dir: string;
let path: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "npskit-store-source-"));
  path = join(dir, "responses.db");
  const store = await openWebhookStore(path);
  const mapped = (id: string, score: number | null, updatedAtMs: number): MappedResponse => ({
    response: { id, score, submittedAt: "2026-11-02T10:00:00Z" },
    updatedAtMs,
  });
  const key = { sender: "standard", receivedAtMs: 1 } as const;
  await Promise.all([
    store.submit({
      ...key,
      kind: "accept",
      eventId: "e1",
      responses: [mapped("a", 9, 1), mapped("b", 3, 1)],
      rejected: [
        { pointer: "/responses/2", reason: "/score: must be an integer from 0 to 10, or null (got 11)" },
      ],
    }),
    store.submit({ ...key, kind: "accept", eventId: "e2", responses: [mapped("a", 10, 2)], rejected: [] }),
    store.submit({ ...key, kind: "accept", eventId: "e2", responses: [mapped("a", 0, 3)], rejected: [] }),
    store.submit({
      ...key,
      sender: "delighted",
      kind: "accept",
      eventId: "e3",
      responses: [mapped("c", null, 1)],
      rejected: [],
    }),
    ...[1, 2].map(() =>
      store.submit({
        ...key,
        kind: "reject",
        eventId: "e4",
        status: 422,
        reason: "/scroe: is not a known property",
        headers: {},
        body: Buffer.from("{}"),
      }),
    ),
    store.submit({
      kind: "quarantine",
      sender: "standard",
      receivedAtMs: 1,
      reason: "401: bad signature",
      headers: {},
      body: Buffer.from("{}"),
    }),
  ]);
  await store.close();
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("webhookStore source", () => {
  it("keeps the source contract: newest version per response, each refused payload and batch item accounted for once", async () => {
    const report = await checkSourceContract(() => webhookStore({ path, batchSize: 2 }), {
      expect: { read: 5, accepted: 2, unanswered: 1, rejected: 2, duplicates: 0 },
    });
    expect(report.violations).toEqual([]);
  });

  it("reads the newest version of each response and reports rejected batch items with their delivery", async () => {
    const rejections: Rejection[] = [];
    const scores: unknown[] = [];
    await ingest({
      sources: [webhookStore({ path })],
      onReject: (rejection) => void rejections.push(rejection),
      onResponse: (response) => void scores.push([response.id, response.score]),
    });
    // "a": version 2 (score 10) beat version 1; the redelivery of e2 with score 0 changed nothing.
    expect(scores).toEqual([
      ["c", null],
      ["a", 10],
      ["b", 3],
    ]);
    expect(rejections.map((r) => [r.location.recordId, r.location.field, r.reason])).toEqual([
      ["standard:e4", "/scroe", "/scroe: is not a known property"],
      ["standard:e1", "/responses/2", "/score: must be an integer from 0 to 10, or null (got 11)"],
    ]);
  });

  it("fails with an input error naming a missing file or a file that is not a store", async () => {
    await expect(
      ingest({ sources: [webhookStore({ path: join(dir, "missing.db") })] }),
    ).rejects.toMatchObject({
      message: expect.stringContaining("cannot open the webhook store"),
    });
    const other = join(dir, "other.db");
    await writeFile(other, "");
    await expect(ingest({ sources: [webhookStore({ path: other })] })).rejects.toMatchObject({
      message: expect.stringContaining("is not an npskit webhook store"),
    });
  });
});
