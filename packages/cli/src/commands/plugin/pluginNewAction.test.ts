import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { NO_PROGRESS } from "../../commandContext.js";
import { bufferIO } from "../../io.js";
import { pluginNewAction } from "./pluginNewAction.js";

function context() {
  const io = bufferIO();
  return { io, signal: new AbortController().signal, progress: NO_PROGRESS };
}

describe("pluginNewAction", () => {
  it("creates the package in --dir and prints the files and next steps on stdout", async () => {
    const dir = await mkdtemp(join(tmpdir(), "npskit-plugin-action-"));
    try {
      const ctx = context();
      await pluginNewAction({ name: "npskit-source-zendesk", dir, force: undefined }, ctx);
      expect(ctx.io.err()).toBe("");
      expect(ctx.io.out()).toContain("Created npskit-source-zendesk (plugin zendesk:source) in ");
      expect(ctx.io.out()).toContain("  src/zendeskSource.ts\n");
      expect(ctx.io.out()).toMatch(/Next steps:\n {2}cd .+\n {2}npm install\n {2}npm test\n/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("refuses a missing or invalid name with a usage error", async () => {
    await expect(pluginNewAction({}, context())).rejects.toMatchObject({ code: "NPSKIT_E_USAGE" });
    await expect(pluginNewAction({ name: "Bad Name" }, context())).rejects.toMatchObject({
      code: "NPSKIT_E_USAGE",
      message: expect.stringContaining('"Bad Name" is not a valid npm package name: it must be lowercase'),
    });
  });
});
