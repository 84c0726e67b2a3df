import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { signStandardWebhook } from "@npskit/source-webhook";
import { describe, expect, it } from "vitest";
import { runCalcFromFile } from "../calc/runCalcFromFile.js";
import { runServe } from "./runServe.js";

const SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

describe("runServe", () => {
  it("receives signed deliveries into the store, which calc then counts as a webhook-store input", async () => {
    const dir = await mkdtemp(join(tmpdir(), "npskit-serve-"));
    const store = join(dir, "responses.db");
    const { receiver } = await runServe({
      config: false,
      port: 0,
      store,
      env: { NPSKIT_STANDARD_WEBHOOKS_SECRET: SECRET },
    });
    try {
      const scores = [10, 9, 9, 8, 7, 6, 3, null];
      for (const [i, score] of scores.entries()) {
        const body = JSON.stringify({ id: `r${i}`, score, submittedAt: `2026-10-0${(i % 9) + 1}T12:00:00Z` });
        const timestamp = Math.floor(Date.now() / 1000);
        for (let copy = 0; copy < 2; copy += 1) {
          const response = await fetch(`${receiver.url}/webhooks/standard`, {
            method: "POST",
            body,
            headers: signStandardWebhook({ secret: SECRET, id: `msg_${i}`, timestamp, body }),
          });
          expect(response.status).toBe(copy === 0 ? 202 : 200);
        }
      }
    } finally {
      await receiver.close();
    }
    const result = await runCalcFromFile({
      input: store,
      format: "webhook-store",
      level: 0.95,
      method: "adjusted-wald",
      decimals: 0,
      rounding: "exact",
      by: [],
      duplicates: "keep-latest",
      quarantine: false,
    });
    expect(result).toMatchObject({
      accounting: { read: 8, accepted: 7, unanswered: 1, rejected: 0, duplicates: 0 },
    });
    expect(JSON.stringify(result)).toContain('"promoters":3');
  });
});
