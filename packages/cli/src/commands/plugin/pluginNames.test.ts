import { describe, expect, it } from "vitest";
import { pluginNamesOf } from "./pluginNames.js";

// The pattern checkSourceContract (@npskit/core/testing) requires of a plugin's name.
const NAMESPACED = /^[a-z0-9@][\w.@/-]*:[\w.-]+$/i;

describe("pluginNamesOf", () => {
  it.each([
    ["@acme/npskit-source-crm", "npskit-source-crm", "crm", "crm", "Crm", "acme:crm"],
    ["npskit-source-zendesk", "npskit-source-zendesk", "zendesk", "zendesk", "Zendesk", "zendesk:source"],
    [
      "npskit-source-help-desk",
      "npskit-source-help-desk",
      "help-desk",
      "helpDesk",
      "HelpDesk",
      "help-desk:source",
    ],
    ["npskit-plugin-crm", "npskit-plugin-crm", "crm", "crm", "Crm", "crm:source"],
    ["zendesk-npskit-source", "zendesk-npskit-source", "zendesk", "zendesk", "Zendesk", "zendesk:source"],
    ["@acme/crm", "crm", "crm", "crm", "Crm", "acme:crm"],
    ["npskit-source-", "npskit-source-", "source", "source", "Source", "source:source"],
    ["npskit-source-3cx", "npskit-source-3cx", "3cx", "_3cx", "_3cx", "3cx:source"],
    ["@_acme/-crm.v2-", "-crm.v2-", "crm.v2", "crmV2", "CrmV2", "acme:crm.v2"],
  ])("%s", (packageName, unscopedName, shortName, camelName, pascalName, pluginName) => {
    const names = pluginNamesOf(packageName);
    expect(names).toEqual({ packageName, unscopedName, shortName, camelName, pascalName, pluginName });
    expect(names.pluginName).toMatch(NAMESPACED);
    expect(names.camelName).toMatch(/^[A-Za-z_][\w]*$/);
  });
});
