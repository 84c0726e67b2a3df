import { describe, expect, it } from "vitest";
import { formatPluginNew } from "./formatPluginNew.js";
import type { PluginNewResult } from "./runPluginNew.js";

const result: PluginNewResult = {
  packageName: "@acme/npskit-source-crm",
  pluginName: "acme:crm",
  directory: "/home/me/plugins/npskit-source-crm",
  files: [".gitignore", "README.md", "package.json", "src/crmSource.ts"],
  coreRange: "^0.1.0",
};

describe("formatPluginNew", () => {
  it("lists the files and the next steps, with the folder relative to the working folder", () => {
    expect(formatPluginNew(result, "/home/me")).toMatchInlineSnapshot(`
      "Created @acme/npskit-source-crm (plugin acme:crm) in plugins/npskit-source-crm:
        .gitignore
        README.md
        package.json
        src/crmSource.ts

      Next steps:
        cd plugins/npskit-source-crm
        npm install
        npm test

      Then make it read your export: src/toResponse.ts maps one record to a response. README.md says how to
      test it with the contract kit, publish it, and add it to npskit.config.ts.
      "
    `);
  });

  it("shows a folder outside the working folder by its absolute path, quoted when it needs it", () => {
    const text = formatPluginNew({ ...result, directory: "/srv/my plugins/crm" }, "/home/me");
    expect(text).toContain("in /srv/my plugins/crm:\n");
    expect(text).toContain('  cd "/srv/my plugins/crm"\n');
  });

  it("leaves out the cd step when the package is the working folder", () => {
    const text = formatPluginNew(result, result.directory);
    expect(text).toContain("in .:\n");
    expect(text).not.toContain("cd ");
  });
});
