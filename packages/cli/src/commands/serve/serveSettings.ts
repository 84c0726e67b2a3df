import { resolve } from "node:path";
import { ConfigError, resolveConfig, type ServeEndpoints, UsageError, type UserConfig } from "@npskit/core";
import { type ConfigFile, configFileFor } from "../../config/configFile.js";

/** What `npskit serve` takes from the command line; each overrides the environment and the config. */
export interface ServeOverrides {
  /** Config file; absent: `npskit.config.*` in `cwd` when there is one; `false`: none. */
  readonly config?: string | false;
  readonly cwd?: string;
  readonly host?: string;
  readonly port?: number;
  readonly store?: string;
  readonly bodyLimitBytes?: number;
  /** Requests per second per sender. */
  readonly rateLimit?: number;
  readonly genericToken?: string;
  readonly standardWebhooksSecret?: string;
  readonly typeformSecret?: string;
  readonly surveymonkeyKey?: string;
  readonly surveymonkeySecret?: string;
  readonly surveymonkeyToken?: string;
  readonly surveymonkeyApiBase?: string;
  readonly delightedKey?: string;
}

/** The environment variables `npskit serve` reads secrets from, by the override they stand for. */
export const SERVE_ENVIRONMENT = {
  genericToken: "NPSKIT_GENERIC_TOKEN",
  standardWebhooksSecret: "NPSKIT_STANDARD_WEBHOOKS_SECRET",
  typeformSecret: "NPSKIT_TYPEFORM_SECRET",
  surveymonkeyKey: "NPSKIT_SURVEYMONKEY_KEY",
  surveymonkeySecret: "NPSKIT_SURVEYMONKEY_SECRET",
  surveymonkeyToken: "NPSKIT_SURVEYMONKEY_TOKEN",
  surveymonkeyApiBase: "NPSKIT_SURVEYMONKEY_API_BASE",
  delightedKey: "NPSKIT_DELIGHTED_KEY",
} as const;

/** Everything the receiver needs, resolved and with absolute paths. */
export interface ServeSettings {
  readonly configFile: ConfigFile | undefined;
  readonly host: string;
  readonly port: number;
  /** Absolute path of the store. */
  readonly store: string;
  readonly bodyLimitBytes: number;
  readonly rateLimit: { readonly perSecond: number; readonly burst: number };
  readonly endpoints: ServeEndpoints;
}

/**
 * Resolves the receiver's settings: the config's `serve` section (when there is a config), then the
 * environment ({@link SERVE_ENVIRONMENT}), then the flags. The merged endpoints are validated by the same
 * config schema, so a flag and a config key fail the same way; at least one endpoint must be configured.
 */
export async function serveSettings(
  options: ServeOverrides,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<ServeSettings> {
  const cwd = options.cwd ?? process.cwd();
  const configFile = await configFileFor(cwd, options.config);
  const user: UserConfig =
    configFile === undefined || typeof configFile.config !== "object" ? {} : configFile.config;
  const pick = (key: keyof typeof SERVE_ENVIRONMENT): string | undefined => {
    const value = options[key] ?? env[SERVE_ENVIRONMENT[key]];
    return value === undefined || value === "" ? undefined : value;
  };
  const configured = user.serve?.endpoints ?? {};
  const endpoints: Record<string, unknown> = { ...configured };
  const genericToken = pick("genericToken");
  if (genericToken !== undefined) endpoints.generic = { ...configured.generic, token: genericToken };
  const standard = pick("standardWebhooksSecret");
  if (standard !== undefined) endpoints.standard = { ...configured.standard, secret: standard };
  const typeform = pick("typeformSecret");
  if (typeform !== undefined) endpoints.typeform = { ...configured.typeform, secret: typeform };
  const delighted = pick("delightedKey");
  if (delighted !== undefined) endpoints.delighted = { ...configured.delighted, apiKey: delighted };
  const sm = {
    apiKey: pick("surveymonkeyKey"),
    apiSecret: pick("surveymonkeySecret"),
    token: pick("surveymonkeyToken"),
    apiBase: pick("surveymonkeyApiBase"),
  };
  if (Object.values(sm).some((value) => value !== undefined)) {
    const merged = { ...configured.surveymonkey };
    for (const [key, value] of Object.entries(sm))
      if (value !== undefined) Object.assign(merged, { [key]: value });
    endpoints.surveymonkey = merged;
  }
  const serve = {
    ...user.serve,
    ...(options.host !== undefined && { host: options.host }),
    ...(options.port !== undefined && { port: options.port }),
    ...(options.store !== undefined && { store: options.store }),
    ...(options.bodyLimitBytes !== undefined && { bodyLimitBytes: options.bodyLimitBytes }),
    ...(options.rateLimit !== undefined && {
      rateLimit: { perSecond: options.rateLimit, burst: options.rateLimit * 2 },
    }),
    endpoints,
  };
  let resolved: ReturnType<typeof resolveConfig>;
  try {
    resolved = resolveConfig({ ...user, serve: serve as UserConfig["serve"] });
  } catch (error) {
    if (error instanceof ConfigError && configFile !== undefined && error.location === undefined) {
      throw new ConfigError(error.issues, { location: { file: configFile.path }, cause: error });
    }
    throw error;
  }
  const settings = resolved.serve;
  if (Object.keys(settings.endpoints).length === 0) {
    throw new UsageError(
      "no webhook endpoint configured: give --standard-webhooks-secret, --typeform-secret, --surveymonkey-key/--surveymonkey-secret/--surveymonkey-token, --delighted-key or --generic-token (or their NPSKIT_* variables), or a serve.endpoints section in npskit.config.ts",
    );
  }
  // A store path from the command line is relative to where npskit runs; one from the config to its folder.
  const storeBase = options.store !== undefined ? cwd : (configFile?.dir ?? cwd);
  return {
    configFile,
    host: settings.host,
    port: settings.port,
    store: resolve(storeBase, settings.store),
    bodyLimitBytes: settings.bodyLimitBytes,
    rateLimit: settings.rateLimit,
    endpoints: settings.endpoints as ServeEndpoints,
  };
}
