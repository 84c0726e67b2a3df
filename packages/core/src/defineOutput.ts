import type { OutputFactory, OutputPlugin } from "./plugin.js";

/**
 * Declares an output plugin factory. Returns its argument unchanged: it exists so that editors and the
 * compiler check the plugin against {@link OutputPlugin}.
 *
 * @example
 * export default defineOutput((options: { webhook: string }) => ({ name: "acme:chat", async write(report, ctx) { … } }));
 */
export function defineOutput<Options = void, Report = unknown>(
  factory: OutputFactory<Options, Report>,
): OutputFactory<Options, Report> {
  return factory;
}
