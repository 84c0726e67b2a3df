import type { UserConfig } from "./config.js";

/**
 * Declares an npskit configuration. Returns its argument unchanged: it exists so that editors complete
 * and check `npskit.config.ts`.
 *
 * @example
 * export default defineConfig({ sources: [csv({ path: "responses.csv" })], analysis: { timeZone: "Europe/Moscow" } });
 */
export function defineConfig(config: UserConfig): UserConfig {
  return config;
}
