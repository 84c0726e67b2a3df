import { describe, expect, it } from "vitest";
import { APT_INSTALL, type InstallHost, installChromium } from "./installChromium.js";

/** A machine that records the commands it is asked to run, and answers each with the next exit code. */
function fakeHost(
  given: Partial<Pick<InstallHost, "platform" | "uid">> & { aptGet?: boolean; codes?: number[] },
) {
  const ran: string[] = [];
  const codes = [...(given.codes ?? [])];
  const host: InstallHost = {
    platform: given.platform ?? "linux",
    uid: given.uid ?? 0,
    hasAptGet: async () => given.aptGet ?? true,
    run: async (command, args, log) => {
      ran.push([command, ...args].join(" "));
      log(`output of ${command} ${args[0]}\n`);
      return codes.shift() ?? 0;
    },
  };
  return { host, ran };
}

describe("installChromium", () => {
  it.each([
    ["macOS", { platform: "darwin" as const }, "this is not a Debian/Ubuntu machine"],
    ["Windows", { platform: "win32" as const }, "this is not a Debian/Ubuntu machine"],
    ["Linux without apt-get", { aptGet: false }, "this is not a Debian/Ubuntu machine"],
    [
      "Debian as a normal user",
      { uid: 1000 },
      `Install one with: sudo apt-get update && sudo ${APT_INSTALL}`,
    ],
  ])("on %s runs nothing and says in one line what to do", async (_, given, message) => {
    const { host, ran } = fakeHost(given);
    const error = await installChromium(host, () => undefined).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "NPSKIT_E_BROWSER", message: expect.stringContaining(message) });
    expect((error as Error).message).not.toContain("\n");
    expect(ran).toEqual([]);
  });

  it("as root on Debian runs apt-get update, then installs chromium, logging their output", async () => {
    const { host, ran } = fakeHost({});
    const log: string[] = [];
    await installChromium(host, (text) => log.push(text));
    expect(ran).toEqual(["apt-get update -qq", "apt-get install -y -qq --no-install-recommends chromium"]);
    expect(log).toEqual(["output of apt-get update\n", "output of apt-get install\n"]);
  });

  it.each([
    ["update", [100], ["apt-get update -qq"], "apt-get update -qq failed with exit code 100"],
    [
      "install",
      [0, 1],
      ["apt-get update -qq", "apt-get install -y -qq --no-install-recommends chromium"],
      "apt-get install -y -qq --no-install-recommends chromium failed with exit code 1",
    ],
  ])("stops when apt-get %s fails, saying what to run", async (_, codes, expectedRan, message) => {
    const { host, ran } = fakeHost({ codes });
    const error = await installChromium(host, () => undefined).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "NPSKIT_E_BROWSER", message: expect.stringContaining(message) });
    expect((error as Error).message).toContain(`run \`${APT_INSTALL}\` as root`);
    expect(ran).toEqual(expectedRan);
  });
});
