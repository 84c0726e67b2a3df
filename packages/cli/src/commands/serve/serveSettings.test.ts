import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { serveSettings } from "./serveSettings.js";

const SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "npskit-serve-settings-"));
  await writeFile(
    join(dir, "npskit.config.json"),
    JSON.stringify({
      serve: {
        port: 9999,
        store: "data/store.db",
        endpoints: { typeform: { secret: "from-config", npsField: "nps" }, delighted: { apiKey: "dk" } },
      },
    }),
  );
});

describe("serveSettings", () => {
  it("takes the config's serve section, then the environment, then the flags", async () => {
    const settings = await serveSettings(
      { cwd: dir, port: 0, typeformSecret: "from-flag" },
      { NPSKIT_STANDARD_WEBHOOKS_SECRET: SECRET, NPSKIT_TYPEFORM_SECRET: "from-env" },
    );
    expect(settings).toMatchObject({
      host: "127.0.0.1",
      port: 0,
      store: join(dir, "data/store.db"),
      rateLimit: { perSecond: 5000, burst: 10000 },
      endpoints: {
        standard: { secret: SECRET },
        typeform: { secret: "from-flag", npsField: "nps" },
        delighted: { apiKey: "dk" },
      },
    });
  });

  it("works without a config, from flags alone, with the store relative to the working folder", async () => {
    const settings = await serveSettings({ config: false, cwd: dir, store: "r.db", genericToken: "t" }, {});
    expect(settings).toMatchObject({
      port: 8787,
      store: join(dir, "r.db"),
      endpoints: { generic: { token: "t" } },
    });
  });

  it.each([
    [{}, "no webhook endpoint configured"],
    [{ standardWebhooksSecret: "not-whsec" }, "serve.endpoints.standard.secret"],
    [{ surveymonkeyKey: "k" }, "serve.endpoints.surveymonkey"],
  ])("refuses %j, naming what is missing", async (flags, message) => {
    await expect(serveSettings({ config: false, cwd: dir, ...flags }, {})).rejects.toMatchObject({
      message: expect.stringContaining(message),
    });
  });
});
